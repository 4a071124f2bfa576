// Map series and the piecewise visual map (world choropleth, provinces' geographic map).
import { MapChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent } from 'echarts/components';

export const parts = [MapChart, VisualMapPiecewiseComponent];
