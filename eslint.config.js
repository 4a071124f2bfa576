import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  // One-way imports: core knows nothing of React or ECharts; charts are pure option
  // builders; features do not import each other or the app shell.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'echarts', 'echarts/*'],
              message: 'src/core must stay framework-free.',
            },
            {
              group: ['**/components/**', '**/features/**', '**/app/**', '**/charts/**'],
              message: 'src/core imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The import worker runs core code only (it is tested in Node as core).
    files: ['src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'echarts', 'echarts/*'],
              message: 'workers import only core.',
            },
            {
              group: [
                '**/components/**',
                '**/features/**',
                '**/app/**',
                '**/charts/**',
                '**/state/**',
                '**/i18n/**',
              ],
              message: 'workers import only core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/charts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom'], message: 'Chart builders are pure functions.' },
            {
              group: ['**/components/**', '**/features/**', '**/app/**'],
              message: 'charts import only core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'components are shared: no feature or app imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*/**', '!../../**'], message: 'Features do not import each other.' },
            { group: ['**/app/**'], message: 'features do not import the app shell.' },
          ],
        },
      ],
    },
  },
);
