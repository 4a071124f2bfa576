import type { SurveyRow } from '../types';

/**
 * An EGDI change split into what each component contributed. The EGDI is defined as
 * the mean of OSI, HCI and TII, so each component contributes its own change / 3; the
 * residual is ΔEGDI − (the three contributions), i.e. where the published EGDI differs
 * from that mean (rounding, or editions where the UN computed it otherwise). Index points.
 */
export interface EgdiDecomposition {
  fromYear: number;
  toYear: number;
  /** Published EGDI change; null when either EGDI is missing. */
  egdiChange: number | null;
  osi: number | null;
  hci: number | null;
  tii: number | null;
  /** egdiChange − (osi + hci + tii); null when any of them is missing. */
  residual: number | null;
}

type Components = Pick<SurveyRow, 'year' | 'egdi' | 'osi' | 'hci' | 'tii'>;

const third = (a: number | null, b: number | null) => (a === null || b === null ? null : (b - a) / 3);

/** Decomposes the EGDI change from `from` to `to`; missing parts stay null. */
export function decomposeEgdi(from: Components, to: Components): EgdiDecomposition {
  const egdiChange = from.egdi === null || to.egdi === null ? null : to.egdi - from.egdi;
  const osi = third(from.osi, to.osi);
  const hci = third(from.hci, to.hci);
  const tii = third(from.tii, to.tii);
  const residual =
    egdiChange === null || osi === null || hci === null || tii === null
      ? null
      : egdiChange - (osi + hci + tii);
  return { fromYear: from.year, toYear: to.year, egdiChange, osi, hci, tii, residual };
}
