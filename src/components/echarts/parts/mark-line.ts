// Mark lines on series (no chart draws one yet; registered if one does).
import { MarkLineComponent } from 'echarts/components';

export const parts = [MarkLineComponent];
