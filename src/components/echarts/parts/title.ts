// A title drawn inside the chart (no chart draws one yet; panels carry their titles in HTML).
import { TitleComponent } from 'echarts/components';

export const parts = [TitleComponent];
