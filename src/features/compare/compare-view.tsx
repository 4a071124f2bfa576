import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../../core/dataset';
import { REGIONS } from '../../core/types';
import { PublishedFigures } from '../../components/published-figures';
import { defaultBase } from '../../core/trends/default-base';
import type { ViewProps } from '../../state/url/view-props';
import type { PeerGroup } from '../../core/groups/peer-groups';
import { SourceGate } from '../../components/source-gate';
import { useI18n } from '../../i18n/i18n-context';
import { namedPeerGroups } from '../../data/peer-groups';
import type { CompareParams } from './params';
import { DataTable } from '../../components/data-table';
import { IndexSelect } from '../../components/index-select';
import { SelectField } from '../../components/select-field';
import { EditionPairFields, useCountryOptions } from '../../components/view-fields';
import {
  readStoredGroups,
  storeCustomGroups,
  usePeerGroupOptions,
  usePeerGroups,
} from '../../components/use-peer-groups';
import { buildCompareModel } from './compare-model';
import { ChangePanels } from './change-panels';
import { CustomGroupEditor } from './custom-group-editor';
import { GapPanel } from './gap-panel';
import { TrendPanel } from './trend-panel';
import { useCompareText } from './use-compare-text';
import { WaterfallPanel } from './waterfall-panel';
import { useSourceLine } from '../../components/use-source-line';
import { FindingsProvider, KeyFindings } from '../../components/key-findings';
import { compareFindings } from '../../core/findings/views';

const DEFAULT_PEER = 'g20';

export default function CompareView(props: ViewProps<CompareParams>) {
  const { t } = useI18n();
  return (
    <SourceGate source={namedPeerGroups} failedLabel={t('app.loadFailed')}>
      {(named) => <Compare {...props} named={named} />}
    </SourceGate>
  );
}

function Compare({
  dataset: ds,
  state,
  year,
  update,
  named,
}: ViewProps<CompareParams> & { named: readonly PeerGroup[] }) {
  const { m, t, countryName, lang } = useCompareText();
  const iso3 = state.countries[0] ?? 'CHN';
  const peerIso3 = state.countries[1] ?? null;
  const index = state.index;
  const base = state.base !== null && state.base < year ? state.base : defaultBase(ds, year);
  const groups = usePeerGroups(ds, named, state.groups);
  const groupOptions = usePeerGroupOptions(groups);
  const group = groups.find((g) => g.id === (state.peer || DEFAULT_PEER)) ?? groups[0];

  // Custom groups saved in this browser come back when the link carries none. Only on
  // arrival: later edits go through the editor.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    if (!state.groups) {
      const stored = readStoredGroups();
      if (stored) update({ groups: stored }, { replace: true });
    }
  }, [state.groups, update]);

  const name = (c: string) => countryName(ds.countries.get(c), c);
  const countryOptions = useCountryOptions(ds);
  const title = m('title', { country: name(iso3), index: t(`indexShort.${index}`) });
  // The panels below the controls render from the deferred state: a change shows in its
  // control at once, and React draws the panels after the next paint, interruptibly.
  const deferredState = useDeferredValue(state);
  const deferredYear = useDeferredValue(year);
  const deferredGroup = useDeferredValue(group);
  const body = useMemo(
    () => (
      <CompareBody
        ds={ds}
        state={deferredState}
        year={deferredYear}
        group={deferredGroup}
        groupName={deferredGroup ? (lang === 'zh' ? deferredGroup.nameZh : deferredGroup.nameEn) : ''}
      />
    ),
    [ds, deferredState, deferredYear, deferredGroup, lang],
  );

  return (
    <div className="view">
      <h1>{title}</h1>
      <div className="controls" role="group">
        <SelectField
          label={m('country')}
          value={iso3}
          options={countryOptions}
          onChange={(v) => update({ countries: [v, ...state.countries.slice(1).filter((c) => c !== v)] })}
          testId="compare-country"
        />
        <IndexSelect value={index} onChange={(v) => update({ index: v })} />
        <EditionPairFields
          editions={ds.editions}
          base={base}
          year={year}
          baseLabel={m('base')}
          onChange={update}
        />
        <SelectField
          label={m('peerGroup')}
          value={group?.id ?? ''}
          options={groupOptions}
          onChange={(v) => update({ peer: v })}
          testId="peer-select"
        />
        <SelectField
          label={m('peerCountry')}
          value={peerIso3 ?? ''}
          options={[{ value: '', label: m('none') }, ...countryOptions.filter((o) => o.value !== iso3)]}
          onChange={(v) => update({ countries: v ? [iso3, v] : [iso3] })}
          testId="peer-country"
        />
      </div>
      {group?.source ? (
        <p className="source" data-testid="group-source">
          {m('groupSource', {
            source: lang === 'zh' && group.sourceZh ? group.sourceZh : group.source,
            asOf: group.asOf || '—',
          })}
        </p>
      ) : null}
      {body}
      <CustomGroupEditor
        ds={ds}
        encoded={state.groups}
        groups={groups}
        onChange={(encoded, select) => {
          storeCustomGroups(encoded);
          update(select ? { groups: encoded, peer: select } : { groups: encoded });
        }}
      />
    </div>
  );
}

/** Everything the comparison computes: KPIs, panels and group statistics. */
function CompareBody({
  ds,
  state,
  year,
  group,
  groupName,
}: {
  ds: Dataset;
  state: ViewProps<CompareParams>['state'];
  year: number;
  group: PeerGroup | undefined;
  groupName: string;
}) {
  const sourceLine = useSourceLine(ds);
  const { m, t, num, signed, countryName, na, outlook } = useCompareText();
  const iso3 = state.countries[0] ?? 'CHN';
  const peerIso3 = state.countries[1] ?? null;
  const index = state.index;
  const base = state.base !== null && state.base < year ? state.base : defaultBase(ds, year);
  const model = useMemo(
    () =>
      buildCompareModel(ds, {
        iso3,
        index,
        base,
        year,
        peers: group?.members ?? [],
        peerIso3,
        rule: state.rule,
      }),
    [ds, iso3, index, base, year, group, peerIso3, state.rule],
  );
  // The key findings from the same country, index, editions, rule and peer group as the panels.
  const findings = useMemo(
    () => compareFindings(ds, { iso3, index, base, year, rule: state.rule, group }),
    [ds, iso3, index, base, year, state.rule, group],
  );
  const cited = useMemo(() => ds.editions.filter((y) => y >= base && y <= year), [ds, base, year]);
  // The country's own values over the window, for the trend panel.
  const actual = useMemo(
    () => ds.series(iso3, index).filter((p) => p.year >= base && p.year <= year),
    [ds, iso3, index, base, year],
  );
  const name = (c: string) => countryName(ds.countries.get(c), c);
  const vh = model.gaps.find((g) => g.target === 'very-high');
  const own = ds.get(year, iso3)?.[index] ?? null;
  const ruleText = t(`rule.${state.rule}.short`);
  const kpis = [
    { id: 'value', label: m('value', { year }), value: own === null ? na : num(own, 4) },
    {
      id: 'gap-vh',
      label: m('gapVeryHigh'),
      value:
        vh?.toGap === null || vh === undefined ? na : vh.toGap < 0 ? m('alreadyAbove') : num(vh.toGap, 4),
      sub: vh ? outlook(vh.outlook) : '',
    },
    { id: 'pace', label: m('perYear', { base, year }), value: signed(model.own?.change.perYear ?? null, 4) },
    {
      id: 'faster',
      label: m('faster'),
      value: m('fasterValue', { n: model.fasterPeers, m: model.peersAssessed }),
      sub: groupName,
    },
    {
      id: 'pct',
      label: m('percentileWorld'),
      value: model.world.percentile === null ? na : num(model.world.percentile, 1),
      sub: m('zWorld', { z: model.world.z === null ? '—' : num(model.world.z, 2) }),
    },
    {
      id: 'pct-region',
      label: m('percentileRegion'),
      value: model.region.percentile === null ? na : num(model.region.percentile, 1),
    },
  ];
  const agg = model.aggregates;
  const aggRows = (['mean', 'median', 'min', 'max', 'iqr', 'count'] as const).map((k) => ({
    k,
    a: agg.base[k],
    b: agg.year[k],
  }));

  return (
    <FindingsProvider dataset={ds} years={cited} findings={findings}>
      <KeyFindings />
      <ul className="kpis">
        {kpis.map((k) => (
          <li key={k.id} className="kpi" data-testid={`kpi-${k.id}`}>
            <span className="kpi-label">{k.label}</span>
            <span className="kpi-value">{k.value}</span>
            {k.sub ? <span className="kpi-sub">{k.sub}</span> : null}
          </li>
        ))}
      </ul>
      <GapPanel ds={ds} iso3={iso3} index={index} base={base} year={year} gaps={model.gaps} />
      <ChangePanels
        ds={ds}
        iso3={iso3}
        index={index}
        base={base}
        year={year}
        peers={model.peers}
        groupName={groupName}
        ruleText={ruleText}
      />
      <WaterfallPanel ds={ds} iso3={iso3} base={base} year={year} decomposition={model.decomposition} />
      <TrendPanel
        iso3={iso3}
        countryLabel={name(iso3)}
        index={index}
        base={base}
        year={year}
        actual={actual}
        model={model}
        source={sourceLine(
          ds.editions.filter((y) => y >= base && y <= year),
          'span',
        )}
      />
      <section className="panel">
        <h2>{m('aggTitle', { group: groupName })}</h2>
        <DataTable
          rows={aggRows}
          rowKey={(r) => r.k}
          caption={m('aggCaption')}
          columns={[
            { id: 'k', header: m('stat'), render: (r) => m(r.k) },
            {
              id: 'a',
              header: String(base),
              numeric: true,
              render: (r) => (r.k === 'count' ? String(r.a ?? 0) : num(r.a, 4)),
            },
            {
              id: 'b',
              header: String(year),
              numeric: true,
              render: (r) => (r.k === 'count' ? String(r.b ?? 0) : num(r.b, 4)),
            },
          ]}
        />
        <p className="source">{sourceLine([base, year])}</p>
        {index === 'egdi' ? (
          <PublishedFigures
            dataset={ds}
            year={year}
            scopes={['World', ...REGIONS.filter((r) => group?.id === `region:${r}`)]}
          />
        ) : null}
      </section>
    </FindingsProvider>
  );
}
