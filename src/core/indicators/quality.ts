import type { SurveyRow } from '../types';

export interface QualityNote {
  year: number;
  iso3: string;
  nameEn: string;
  egdi: number;
  mean: number;
  /** Published EGDI minus the mean of OSI, HCI and TII. */
  deviation: number;
}

/** The largest |EGDI - mean(OSI, HCI, TII)| that is treated as rounding. */
export const EGDI_MEAN_TOLERANCE = 0.0005;

/**
 * EGDI is defined as the mean of OSI, HCI and TII. Lists every row where the published
 * EGDI differs from that mean by more than `tolerance`. Rows with any of the four values
 * missing are skipped (nothing to compare).
 */
export function egdiMeanDeviations(
  rows: readonly SurveyRow[],
  tolerance = EGDI_MEAN_TOLERANCE,
): QualityNote[] {
  const notes: QualityNote[] = [];
  for (const r of rows) {
    if (r.egdi === null || r.osi === null || r.hci === null || r.tii === null) continue;
    const mean = (r.osi + r.hci + r.tii) / 3;
    const deviation = r.egdi - mean;
    if (Math.abs(deviation) > tolerance) {
      notes.push({ year: r.year, iso3: r.iso3, nameEn: r.nameEn, egdi: r.egdi, mean, deviation });
    }
  }
  return notes.sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation));
}
