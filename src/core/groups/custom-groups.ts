import type { PeerGroup } from './peer-groups';

/**
 * Custom groups a user builds, encoded for a URL parameter and for local storage:
 * `name:ISO,ISO;name2:ISO,ISO`. Names are percent-encoded so `: , ;` inside a name
 * survive; codes are three letters (anything else is dropped).
 */
export interface CustomGroup {
  name: string;
  members: string[];
}

const ISO3 = /^[A-Z]{3}$/;

export function encodeCustomGroups(groups: readonly CustomGroup[]): string {
  return groups
    .filter((g) => g.name.trim() !== '' && g.members.length > 0)
    .map((g) => `${encodeURIComponent(g.name.trim())}:${g.members.join(',')}`)
    .join(';');
}

/** Parses the encoding; malformed parts are skipped, duplicates within a group removed. */
export function decodeCustomGroups(text: string): CustomGroup[] {
  const out: CustomGroup[] = [];
  for (const part of text.split(';')) {
    const [rawName, rawMembers] = part.split(':');
    if (rawName === undefined || rawMembers === undefined) continue;
    let name: string;
    try {
      name = decodeURIComponent(rawName).trim().slice(0, 60);
    } catch {
      continue;
    }
    const members = [...new Set(rawMembers.split(',').map((s) => s.trim().toUpperCase()))].filter((s) =>
      ISO3.test(s),
    );
    if (name && members.length > 0 && !out.some((g) => g.name === name)) out.push({ name, members });
  }
  return out;
}

/** A custom group as a PeerGroup (id `custom:<name>`). */
export function customToPeerGroup(g: CustomGroup): PeerGroup {
  return {
    id: `custom:${g.name}`,
    kind: 'custom',
    nameZh: g.name,
    nameEn: g.name,
    members: g.members,
    source: '',
    asOf: '',
  };
}
