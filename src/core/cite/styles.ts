/** The citation styles offered: GB/T 7714-2015 and APA (7th edition). */
export type CiteStyle = 'gbt7714' | 'apa';
export const CITE_STYLES: readonly CiteStyle[] = ['gbt7714', 'apa'];
