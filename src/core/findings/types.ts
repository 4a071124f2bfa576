import type { EgdiGroup } from '../indicators/groups';
import type { TieRule } from '../indicators/rank';
import type { MoverMeasure } from '../trends/movers';
import type { IndexId, Region } from '../types';
import type { Citation } from '../citation';
import type { MetricUnit } from '../load/metrics';

/**
 * Key findings as structured values: what a view's charts show, said in words by
 * src/i18n/finding-text.ts. Core holds no sentences: a finding is its kind, the figures
 * (params) and the sources of those figures. A figure that is missing is a finding of its
 * own kind (`not-assessed`), never a zero.
 */

/**
 * Where a figure comes from: a UN E-Government Survey edition, an imported dataset, or a
 * Chinese figure's citation (the provincial report series, a government statement; `key`
 * tells citations apart, `citation` is null for a province table the user imported).
 */
export type FindingSource =
  | { kind: 'un-survey'; edition: number }
  | { kind: 'imported'; name: string; edition: number }
  | { kind: 'cn-citation'; key: string; citation: Citation };

/** A country as a finding names it (both names, so the text needs no look-up). */
export interface CountryRef {
  iso3: string;
  nameEn: string;
  nameZh: string;
}

/** A peer group as a finding names it. */
export interface GroupRef {
  id: string;
  nameEn: string;
  nameZh: string;
}

/** What a `not-assessed` finding could not say. */
export type MissingTopic = 'standing' | 'change' | 'gap' | 'peers' | 'range' | 'edition';

/** The part of an EGDI change that contributed most in the change's direction. */
export type EgdiPart = 'osi' | 'hci' | 'tii' | 'residual';

export interface EgdiParts {
  /** Each component's change / 3, and the residual; null where a component is missing. */
  osi: number | null;
  hci: number | null;
  tii: number | null;
  residual: number | null;
  /** The part with the largest contribution in the direction of the change; null when undefined. */
  driver: EgdiPart | null;
}

/** A value with the edition it belongs to. */
export interface EditionValue {
  year: number;
  value: number;
}

export type GapOutlook =
  | { kind: 'closing'; years: number; editions: number }
  | { kind: 'not-closing' }
  /** Strictly above the threshold: in the Very High group. */
  | { kind: 'above' }
  /** Exactly on the threshold: still High (Very High is strictly above). */
  | { kind: 'at-threshold' }
  /** The gap at `year` is known but the pace is not (the earlier edition is missing). */
  | { kind: 'unknown' };

export interface MoverEntry {
  country: CountryRef;
  from: number | null;
  to: number | null;
  /** Value change (index points) or rank movement (places, positive = up). */
  score: number;
}

export interface RegionMedian {
  region: Region;
  median: number;
  count: number;
}

interface Base<K extends string, P> {
  kind: K;
  params: P;
  /** The editions (and imported datasets) of every figure the finding uses. */
  sources: FindingSource[];
}

export type Finding =
  /** A country's value in an edition with its rank among the countries assessed. */
  | Base<
      'standing',
      {
        country: CountryRef;
        index: IndexId;
        year: number;
        value: number;
        rank: number;
        assessed: number;
        rule: TieRule;
        /** How many other countries share the rank. */
        tiedWith: number;
        /** The EGDI group; only for the EGDI. */
        group: EgdiGroup | null;
      }
    >
  /** The country or countries at rank 1 of an edition. */
  | Base<
      'leader',
      { index: IndexId; year: number; rule: TieRule; leaders: CountryRef[]; value: number; assessed: number }
    >
  /** A country's change between two editions; for the EGDI, which component drove it. */
  | Base<
      'change',
      {
        country: CountryRef;
        index: IndexId;
        base: number;
        year: number;
        from: number;
        to: number;
        absolute: number;
        perYear: number;
        /** EGDI only (null for the other indices). */
        parts: EgdiParts | null;
      }
    >
  /** How many members of a peer group moved faster per year than the country. */
  | Base<
      'peers-faster',
      {
        country: CountryRef;
        index: IndexId;
        base: number;
        year: number;
        group: GroupRef;
        faster: number;
        /** Peers (the country left out) assessed at both editions. */
        assessed: number;
        ownPerYear: number;
      }
    >
  /** The gap to the Very High threshold and when it closes at the current pace. */
  | Base<
      'gap-very-high',
      {
        country: CountryRef;
        index: IndexId;
        base: number;
        year: number;
        value: number;
        threshold: number;
        /** threshold − value (positive = below). */
        gap: number;
        /** Index points per year by which the gap shrank; null when the earlier edition is missing. */
        pace: number | null;
        outlook: GapOutlook;
      }
    >
  /** The biggest riser or faller between two editions (all tied at the top are listed). */
  | Base<
      'mover',
      {
        direction: 'rise' | 'fall';
        measure: MoverMeasure;
        index: IndexId;
        base: number;
        year: number;
        rule: TieRule;
        region: Region | 'all';
        /** Empty when no country moved in that direction. */
        movers: MoverEntry[];
        /** Countries assessed at both editions (the field the movers come from). */
        scored: number;
      }
    >
  /** A country's change over a range of editions: its first and last assessed edition in it. */
  | Base<
      'range-change',
      {
        country: CountryRef;
        index: IndexId;
        range: { from: number; to: number };
        first: EditionValue;
        last: EditionValue;
        absolute: number;
        perYear: number;
      }
    >
  /** How many countries fall in each EGDI group band of an index in one edition. */
  | Base<
      'bands',
      {
        index: IndexId;
        year: number;
        counts: Record<EgdiGroup, number>;
        notAssessed: number;
        total: number;
      }
    >
  /** The regions with the highest and the lowest median of an index in one edition. */
  | Base<
      'region-medians',
      {
        index: IndexId;
        year: number;
        highest: RegionMedian;
        lowest: RegionMedian;
        world: { median: number; count: number };
      }
    >
  /** A figure that is missing: what could not be said, and which editions lack a value. */
  | Base<
      'not-assessed',
      {
        topic: MissingTopic;
        /** Null for a whole edition without values. */
        country: CountryRef | null;
        index: IndexId;
        /** The editions the finding would have used. */
        years: number[];
        /** Those of them without a value. */
        missing: number[];
        /** For `peers`: the group. */
        group?: GroupRef;
      }
    >

  /** The province(s) ranked first on a provincial metric in one year. */
  | Base<
      'province-leader',
      {
        metric: MetricRef;
        year: number;
        leaders: ProvinceRef[];
        value: number;
        decimals: number | null;
        assessed: number;
        rule: ProvinceRankRule;
      }
    >
  /** A province's figure on a provincial metric and its rank among the provinces with one. */
  | Base<
      'province-standing',
      {
        province: ProvinceRef;
        metric: MetricRef;
        year: number;
        value: number;
        decimals: number | null;
        rank: number;
        assessed: number;
        rule: ProvinceRankRule;
        /** How many other provinces share the rank. */
        tiedWith: number;
      }
    >
  /** A province's capability group in a report edition. */
  | Base<'province-group', { province: ProvinceRef; metric: MetricRef; year: number; group: string }>
  /** How many provinces each group of a group metric holds in one year. */
  | Base<
      'province-groups',
      { metric: MetricRef; year: number; counts: { group: string; count: number }[]; assessed: number }
    >
  /** A province without a figure on the metric in that year (never a zero). */
  | Base<'province-missing', { province: ProvinceRef; metric: MetricRef; year: number }>;

/** A province as a finding names it. */
export interface ProvinceRef {
  code: string;
  nameZh: string;
  nameEn: string;
}

/** A provincial metric as a finding names it. */
export interface MetricRef {
  id: string;
  nameZh: string;
  nameEn: string;
  unit: MetricUnit;
}

/** Ranks computed here (competition, 1-2-2-4) or as the source states them (a rank metric). */
export type ProvinceRankRule = 'competition' | 'as-stated';

export type FindingKind = Finding['kind'];
