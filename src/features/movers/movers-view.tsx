import { useCallback, useMemo, useState } from 'react';
import { defaultBase } from '../../core/trends/default-base';
import { movers, moverScore } from '../../core/trends/movers';
import type { Mover, MoverMeasure } from '../../core/trends/movers';
import type { ViewProps } from '../../state/url/view-props';
import type { MoversParams } from './params';
import { rankedBar } from '../../charts/ranked-bar';
import { IndexSelect } from '../../components/index-select';
import { ChartPanel } from '../../components/chart-panel';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import { SelectField } from '../../components/select-field';
import { EditionPairFields, RegionField, RuleField, usePanelLabels } from '../../components/view-fields';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { moversMessages } from './messages';
import { useSourceLine } from '../../components/use-source-line';
import { FindingsProvider, KeyFindings } from '../../components/key-findings';
import { moversFindings } from '../../core/findings/views';

const COUNTS = [10, 15, 20, 30] as const;

export default function MoversView({ dataset: ds, state, year, update }: ViewProps<MoversParams>) {
  const sourceLine = useSourceLine(ds);
  const { t, num, signed, countryName } = useI18n();
  const m = useMessages(moversMessages);
  const [measure, setMeasure] = useState<MoverMeasure>('value');
  const [count, setCount] = useState<number>(15);
  const { index, rule, region } = state;
  const base = state.base !== null && state.base < year ? state.base : defaultBase(ds, year);
  const result = useMemo(
    () =>
      movers(
        ds,
        index,
        base,
        year,
        rule,
        measure,
        count,
        (c) => region === 'all' || ds.countries.get(c)?.region === region,
      ),
    [ds, index, base, year, rule, measure, count, region],
  );
  // The key findings from the same editions, measure, rule and region as the bars.
  const findings = useMemo(
    () => moversFindings(ds, { index, base, year, rule, measure, region }),
    [ds, index, base, year, rule, measure, region],
  );
  const cited = useMemo(() => [base, year], [base, year]);
  const title = m('title', { index: t(`indexShort.${index}`), base, year });
  const labels = usePanelLabels();
  const ruleText = t(`rule.${rule}.short`);
  const decimals = measure === 'value' ? 4 : 0;
  const name = useCallback((c: string) => countryName(ds.countries.get(c), c), [countryName, ds]);
  const focused = state.countries;
  // Both bar charts' options, rebuilt only when what they show changes.
  const options = useMemo(() => {
    const focus = new Set(focused);
    const bars = (list: Mover[]) =>
      rankedBar({
        items: list.map((x) => ({
          name: name(x.iso3),
          value: moverScore(x, measure),
          focus: focus.has(x.iso3),
          detail: [
            `${base} → ${year}: ${num(x.change.from.value, 4)} → ${num(x.change.to.value, 4)}`,
            `${x.fromRank ?? '—'} → ${x.toRank ?? '—'} (${ruleText})`,
          ],
        })),
        valueName: m(`measure.${measure}`),
        decimals,
        format: num,
        missingLabel: t('notAssessed'),
        signed: true,
      });
    return { risers: bars(result.risers), fallers: bars(result.fallers) };
  }, [focused, name, measure, base, year, num, ruleText, m, decimals, t, result]);
  const panel = (kind: 'risers' | 'fallers', list: Mover[]) => {
    const heading = `${m(kind)} · ${m(`measure.${measure}`)}`;
    const option = options[kind];
    return (
      <ChartPanel
        title={heading}
        panelId={`movers-${kind}`}
        exportSpec={{
          fileParts: ['movers', kind, measure, index, base, year],
          data: {
            columns: [
              t('col.country'),
              String(base),
              String(year),
              m('change'),
              m('perYear'),
              m('rankFrom', { year: base }),
              m('rankFrom', { year }),
              m('rankMove'),
            ],
            rows: list.map((x) => [
              name(x.iso3),
              x.change.from.value,
              x.change.to.value,
              x.change.absolute,
              x.change.perYear,
              x.fromRank,
              x.toRank,
              x.rankMove,
            ]),
          },
          option,
          notes: [m('note', { rule: ruleText })],
        }}
        chart={
          <EChart option={option} label={heading} style={{ height: Math.max(200, 24 * list.length + 60) }} />
        }
        table={
          <DataTable
            rows={list}
            rowKey={(x) => x.iso3}
            caption={m('caption', { title: heading })}
            testId={`${kind}-table`}
            columns={[
              {
                id: 'country',
                header: t('col.country'),
                sortValue: (x) => name(x.iso3),
                render: (x) => name(x.iso3),
              },
              {
                id: 'from',
                header: String(base),
                numeric: true,
                sortValue: (x) => x.change.from.value,
                render: (x) => num(x.change.from.value, 4),
              },
              {
                id: 'to',
                header: String(year),
                numeric: true,
                sortValue: (x) => x.change.to.value,
                render: (x) => num(x.change.to.value, 4),
              },
              {
                id: 'abs',
                header: m('change'),
                numeric: true,
                sortValue: (x) => x.change.absolute,
                render: (x) => signed(x.change.absolute, 4),
              },
              {
                id: 'py',
                header: m('perYear'),
                numeric: true,
                sortValue: (x) => x.change.perYear,
                render: (x) => signed(x.change.perYear, 4),
              },
              {
                id: 'r0',
                header: m('rankFrom', { year: base }),
                numeric: true,
                sortValue: (x) => x.fromRank,
                render: (x) => x.fromRank ?? '—',
              },
              {
                id: 'r1',
                header: m('rankFrom', { year }),
                numeric: true,
                sortValue: (x) => x.toRank,
                render: (x) => x.toRank ?? '—',
              },
              {
                id: 'rm',
                header: m('rankMove'),
                numeric: true,
                sortValue: (x) => x.rankMove,
                render: (x) => signed(x.rankMove, 0),
              },
            ]}
          />
        }
        notes={<p className="note">{m('note', { rule: ruleText })}</p>}
        source={sourceLine([base, year])}
        labels={labels}
      />
    );
  };
  return (
    <FindingsProvider dataset={ds} years={cited} findings={findings}>
      <div className="view">
        <h1>{title}</h1>
        <div className="controls" role="group">
          <IndexSelect value={index} onChange={(v) => update({ index: v })} />
          <EditionPairFields
            editions={ds.editions}
            base={base}
            year={year}
            baseLabel={m('base')}
            onChange={update}
          />
          <SelectField
            label={m('measure')}
            value={measure}
            options={(['value', 'rank'] as const).map((v) => ({ value: v, label: m(`measure.${v}`) }))}
            onChange={setMeasure}
            testId="measure-select"
          />
          <RuleField value={rule} onChange={(v) => update({ rule: v })} />
          <RegionField value={region} onChange={(v) => update({ region: v })} />
          <SelectField
            label={m('count')}
            value={count}
            options={COUNTS.map((c) => ({ value: c, label: String(c) }))}
            onChange={setCount}
          />
        </div>
        <KeyFindings />
        <p className="muted">{m('scored', { n: result.scored })}</p>
        <div className="grid-2">
          {panel('risers', result.risers)}
          {panel('fallers', result.fallers)}
        </div>
      </div>
    </FindingsProvider>
  );
}
