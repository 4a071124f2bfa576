import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';

export interface Column<R> {
  id: string;
  header: string;
  /** The value sorted on; null sorts last in both directions (missing is not zero). */
  sortValue?: (row: R) => number | string | null;
  render: (row: R) => ReactNode;
  numeric?: boolean;
}

export interface DataTableProps<R> {
  rows: readonly R[];
  columns: readonly Column<R>[];
  rowKey: (row: R) => string;
  caption: string;
  initialSort?: { id: string; dir: 'asc' | 'desc' };
  sortLabel?: (header: string) => string;
  testId?: string;
  rowClassName?: (row: R) => string | undefined;
}

/** A plain, keyboard-sortable HTML table: the header buttons sort, aria-sort says how. */
export function DataTable<R>({
  rows,
  columns,
  rowKey,
  caption,
  initialSort,
  sortLabel,
  testId,
  rowClassName,
}: DataTableProps<R>) {
  const [sort, setSort] = useState(initialSort ?? null);
  const sorted = useMemo(() => {
    const col = sort ? columns.find((c) => c.id === sort.id) : undefined;
    if (!sort || !col?.sortValue) return rows;
    const get = col.sortValue;
    const sign = sort.dir === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = get(a);
      const vb = get(b);
      if (va === null && vb === null) return 0;
      if (va === null) return 1;
      if (vb === null) return -1;
      if (typeof va === 'number' && typeof vb === 'number') return sign * (va - vb);
      return sign * String(va).localeCompare(String(vb));
    });
  }, [rows, columns, sort]);

  const toggle = (id: string) =>
    setSort((s) => (s?.id === id ? { id, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { id, dir: 'asc' }));

  return (
    <div className="table-wrap">
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.id === c.id;
              return (
                <th
                  key={c.id}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {c.sortValue ? (
                    <button
                      type="button"
                      className="sort"
                      onClick={() => toggle(c.id)}
                      aria-label={sortLabel ? sortLabel(c.header) : c.header}
                    >
                      {c.header}
                      <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={rowKey(r)} className={rowClassName?.(r)}>
              {columns.map((c) => (
                <td key={c.id} className={c.numeric ? 'num' : undefined}>
                  {c.render(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
