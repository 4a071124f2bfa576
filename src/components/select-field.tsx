import { useId } from 'react';

export interface SelectFieldProps<V extends string | number> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (v: V) => void;
  testId?: string;
}

/** A labelled native select: keyboard access and screen readers for free. */
export function SelectField<V extends string | number>({
  label,
  value,
  options,
  onChange,
  testId,
}: SelectFieldProps<V>) {
  const id = useId();
  return (
    <label className="field" htmlFor={id}>
      <span>{label}</span>
      <select
        id={id}
        data-testid={testId}
        value={String(value)}
        onChange={(e) => {
          const hit = options.find((o) => String(o.value) === e.target.value);
          if (hit) onChange(hit.value);
        }}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
