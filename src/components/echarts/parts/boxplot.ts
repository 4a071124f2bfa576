// Box plots (Distribution by region).
import { BoxplotChart } from 'echarts/charts';

export const parts = [BoxplotChart];
