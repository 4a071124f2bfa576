// Only the version is taken from package.json (a named JSON import: the rest of the file
// stays out of the bundle).
import { version } from '../../package.json';

/** The dashboard's version, as package.json gives it: cited with the dashboard. */
export const APP_VERSION: string = version;
