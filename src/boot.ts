// The page's first script, run while the app's own code is still arriving and being
// compiled (the main thread has nothing else to do then): it starts reading the shipped
// survey data, which the first view needs, so the data is parsed and indexed before the
// app renders instead of after its code has run. The app's entry (main.tsx) gets the same
// loading promise from the data source.
import { unSurveys } from './data/un-surveys';

void unSurveys.get().catch(() => undefined);

// The first number format of a page costs 10 to 20 ms (the number data is loaded once per
// page, whichever the locale): paid here rather than in the first render.
new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(0);
