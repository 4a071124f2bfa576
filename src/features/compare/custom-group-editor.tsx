import { useId, useState } from 'react';
import type { Dataset } from '../../core/dataset';
import { decodeCustomGroups, encodeCustomGroups } from '../../core/groups/custom-groups';
import type { PeerGroup } from '../../core/groups/peer-groups';
import { CountryPicker } from '../../components/country-picker';
import { useCompareText } from './use-compare-text';

interface Props {
  ds: Dataset;
  encoded: string;
  /** Peer groups whose members can be added at once. */
  groups: readonly PeerGroup[];
  onChange: (encoded: string, select: string | null) => void;
}

/** Build a named group of countries; it goes into the URL (and local storage via usePeerGroups). */
export function CustomGroupEditor({ ds, encoded, groups: peerGroups, onChange }: Props) {
  const { m, countryName } = useCompareText();
  const id = useId();
  const [name, setName] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const groups = decodeCustomGroups(encoded);
  const label = (c: string) => countryName(ds.countries.get(c), c);
  return (
    <details className="panel custom-groups">
      <summary>{m('customTitle')}</summary>
      <div className="controls" role="group">
        <label className="field" htmlFor={id}>
          <span>{m('customName')}</span>
          <input
            id={id}
            data-testid="custom-name"
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <CountryPicker
          ds={ds}
          groups={peerGroups}
          present={members}
          onAdd={(iso3s) => setMembers([...members, ...iso3s])}
          label={m('customAdd')}
          testId="custom-add"
        />
        <button
          type="button"
          data-testid="custom-save"
          disabled={name.trim() === '' || members.length === 0}
          onClick={() => {
            const next = [...groups.filter((g) => g.name !== name.trim()), { name: name.trim(), members }];
            onChange(encodeCustomGroups(next), `custom:${name.trim()}`);
            setName('');
            setMembers([]);
          }}
        >
          {m('customSave')}
        </button>
      </div>
      <ul className="chips">
        {members.map((c) => (
          <li key={c}>
            {label(c)}
            <button
              type="button"
              aria-label={m('customRemove', { name: label(c) })}
              onClick={() => setMembers(members.filter((x) => x !== c))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <ul className="chips">
        {groups.map((g) => (
          <li key={g.name}>
            {g.name} ({g.members.length})
            <button
              type="button"
              aria-label={m('customDelete', { name: g.name })}
              onClick={() => onChange(encodeCustomGroups(groups.filter((x) => x.name !== g.name)), null)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <p className="muted">{m('customHint')}</p>
    </details>
  );
}
