// Export only: the SVG renderer and the graphic component that draws the citation footer.
import { GraphicComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

export const parts = [GraphicComponent, SVGRenderer];
