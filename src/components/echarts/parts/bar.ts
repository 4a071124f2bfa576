// Bar series (Rankings, Movers, the provincial rankings, the waterfall of changes).
import { BarChart } from 'echarts/charts';

export const parts = [BarChart];
