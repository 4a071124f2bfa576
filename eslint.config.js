import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';
import globals from 'globals';

// The layers of src/, lowest first. A layer imports only from layers below it (and itself);
// the zones below say so by folder, whatever the relative path an import spells.
const LAYER = {
  core: './src/core',
  i18n: './src/i18n',
  charts: './src/charts',
  state: './src/state',
  data: './src/data',
  workers: './src/workers',
  components: './src/components',
  features: './src/features',
  app: './src/app',
};
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** `target` may import none of `from`. */
const zone = (target, from, message) => ({ target: LAYER[target], from: from.map((l) => LAYER[l]), message });

const ZONES = [
  zone(
    'core',
    ['i18n', 'charts', 'state', 'data', 'workers', 'components', 'features', 'app'],
    'src/core is framework-free (Node and Worker): it imports nothing above it.',
  ),
  zone(
    'i18n',
    ['charts', 'state', 'data', 'workers', 'components', 'features', 'app'],
    'src/i18n imports only core types.',
  ),
  zone(
    'charts',
    ['i18n', 'state', 'data', 'workers', 'components', 'features', 'app'],
    'Chart builders are pure: they import only core (texts come in as arguments).',
  ),
  zone(
    'state',
    ['charts', 'data', 'workers', 'components', 'features', 'app'],
    'src/state imports core and i18n only.',
  ),
  zone(
    'data',
    ['i18n', 'charts', 'state', 'workers', 'components', 'features', 'app'],
    'src/data imports only core.',
  ),
  zone(
    'workers',
    ['i18n', 'charts', 'state', 'data', 'components', 'features', 'app'],
    'Workers import only core.',
  ),
  zone('components', ['workers', 'features', 'app'], 'Components are shared: no feature or app imports.'),
  zone('features', ['app'], 'Features do not import the app shell.'),
  // A feature never imports another feature.
  ...FEATURES.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'Features do not import each other.',
  })),
];

const FRAMEWORKS = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  'echarts-for-react',
  'echarts-for-react/*',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
      // No import cycles: static, dynamic (lazy views) or type-only.
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: false }],
    },
  },
  // Packages a layer may not use (folder rules above cover the project's own files).
  {
    // ECharts is set up (echarts.use, registerMap, init) only in components/echarts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/echarts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The packages themselves, not the project's own components/echarts folder.
              regex: '^echarts(-for-react)?(/.*)?$',
              allowTypeImports: true,
              message: 'ECharts is set up only in src/components/echarts; elsewhere import its types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/workers/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...FRAMEWORKS, 'echarts', 'echarts/*'], message: 'This layer stays framework-free.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/charts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: FRAMEWORKS, message: 'Chart builders are pure functions.' },
            {
              group: ['echarts', 'echarts/*'],
              allowTypeImports: true,
              message: 'Chart builders import ECharts types only; registration lives in components/echarts.',
            },
          ],
        },
      ],
    },
  },
);
