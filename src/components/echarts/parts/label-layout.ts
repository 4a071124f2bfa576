// Label layout (hideOverlap on series labels): presenter mode's value labels.
import { LabelLayout } from 'echarts/features';

export const parts = [LabelLayout];
