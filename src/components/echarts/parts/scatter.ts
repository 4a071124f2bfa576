// Scatter series (Distribution's index scatter, Provinces' dots for lower-is-better ranks).
import { ScatterChart } from 'echarts/charts';

export const parts = [ScatterChart];
