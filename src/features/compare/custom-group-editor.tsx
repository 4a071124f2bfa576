import { useId, useState } from 'react';
import type { Dataset } from '../../core/dataset';
import { decodeCustomGroups, encodeCustomGroups } from '../../core/groups/custom-groups';
import { SelectField } from '../../components/select-field';
import { useCompareText } from './use-compare-text';

interface Props {
  ds: Dataset;
  encoded: string;
  countryOptions: { value: string; label: string }[];
  onChange: (encoded: string, select: string | null) => void;
}

/** Build a named group of countries; it goes into the URL (and local storage via usePeerGroups). */
export function CustomGroupEditor({ ds, encoded, countryOptions, onChange }: Props) {
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
        <SelectField
          label={m('customAdd')}
          value=""
          options={[{ value: '', label: '—' }, ...countryOptions.filter((o) => !members.includes(o.value))]}
          onChange={(v) => v && setMembers([...members, v])}
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
