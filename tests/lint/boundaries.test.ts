// The import boundaries are checked by machine: each rule below must fail on a violation.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { cruise } from 'dependency-cruiser';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids ESLint reports for `code` as if it were the file at `file` (relative to the root). */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import zones hold whatever the relative path', () => {
  it.each([
    [
      'core importing React',
      'src/core/probe.ts',
      "import { useState } from 'react';\nexport const x = useState;",
    ],
    [
      'core importing ECharts',
      'src/core/probe.ts',
      "import * as e from 'echarts/core';\nexport const x = e;",
    ],
    [
      'core importing the i18n layer',
      'src/core/trends/probe.ts',
      "import { LANGS } from '../../i18n/dictionary';\nexport const x = LANGS;",
    ],
    [
      'core importing state',
      'src/core/probe.ts',
      "import { VIEWS } from '../state/url/global-params';\nexport const x = VIEWS;",
    ],
    [
      'a chart builder importing ECharts values',
      'src/charts/probe.ts',
      "import { use } from 'echarts/core';\nexport const x = use;",
    ],
    [
      'a chart builder importing an i18n hook',
      'src/charts/probe.ts',
      "import { useI18n } from '../i18n/i18n-context';\nexport const x = useI18n;",
    ],
    [
      'a chart builder importing React',
      'src/charts/probe.ts',
      "import { useMemo } from 'react';\nexport const x = useMemo;",
    ],
    [
      'a feature importing another feature',
      'src/features/trends/probe.ts',
      "import { compareParams } from '../compare/params';\nexport const x = compareParams;",
    ],
    [
      'a feature importing another feature by a longer path',
      'src/features/trends/probe.ts',
      "import { compareParams } from '../../features/compare/params';\nexport const x = compareParams;",
    ],
    [
      'a feature importing the app shell',
      'src/features/map/probe.ts',
      "import { urlStore } from '../../app/url';\nexport const x = urlStore;",
    ],
    [
      'a component importing a feature',
      'src/components/probe.ts',
      "import { mapParams } from '../features/map/params';\nexport const x = mapParams;",
    ],
    [
      'a feature registering ECharts parts itself',
      'src/features/map/probe.ts',
      "import { use } from 'echarts/core';\nexport const x = use;",
    ],
    [
      'the data layer importing React',
      'src/data/probe.ts',
      "import { useState } from 'react';\nexport const x = useState;",
    ],
    [
      'a worker importing components',
      'src/workers/probe.ts',
      "import { SourceGate } from '../components/source-gate';\nexport const x = SourceGate;",
    ],
  ])('%s fails', async (_name, file, code) => {
    const rules = await rulesFor(file, code);
    expect(
      rules.some((r) => /no-restricted-(paths|imports)$/.test(r)),
      rules.join(', '),
    ).toBe(true);
  });

  it.each([
    [
      'a chart builder importing ECharts types',
      'src/charts/probe.ts',
      "import type { ComposeOption } from 'echarts/core';\nexport type X = ComposeOption<never>;",
    ],
    [
      'a feature importing its own files',
      'src/features/trends/probe.ts',
      "import { trendsParams } from './params';\nexport const x = trendsParams;",
    ],
    [
      'a feature importing components and core',
      'src/features/trends/probe.ts',
      "import { SourceGate } from '../../components/source-gate';\nimport { INDEX_IDS } from '../../core/types';\nexport const x = [SourceGate, INDEX_IDS];",
    ],
  ])('%s passes', async (_name, file, code) => {
    expect(await rulesFor(file, code)).toEqual([]);
  });
});

describe('import cycles are found, type-only and dynamic ones too', () => {
  const cycles = async (dir: string) => {
    const result = await cruise([path.join(ROOT, 'tests/fixtures/cycles', dir)], {
      tsPreCompilationDeps: true,
      ruleSet: { forbidden: [{ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } }] },
      validate: true,
    });
    if (typeof result.output === 'string') throw new Error(result.output);
    return result.output.summary.violations.map((v) => v.rule.name);
  };
  it.each(['static', 'dynamic', 'type-only'])('a %s cycle fails', async (dir) => {
    expect(await cycles(dir)).toContain('no-circular');
  });
});
