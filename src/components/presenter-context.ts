import { createContext } from 'react';

/** True while presenter mode is on: charts use large type, thick lines and value labels. */
export const PresenterContext = createContext(false);
