// Box plots and scatters are drawn only on this page: registered here, not on the first page.
import { BoxplotChart, ScatterChart } from 'echarts/charts';
import { echarts } from '../../components/echarts-setup';

echarts.use([BoxplotChart, ScatterChart]);
