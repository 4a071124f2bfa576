import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';

// The ranking chart draws lower-is-better metrics (ranks) as dots; registered here so the
// first page's bundle does not carry the scatter chart.
echarts.use([ScatterChart]);
