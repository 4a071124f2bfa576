// Import cycles in src/, of every kind: static, dynamic (lazy views, lazy writers) and
// type-only. ESLint's import-x/no-cycle reports the first two while editing; it skips
// type-only imports, so this check (npm run lint) is the one that holds for all three.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles in src/, whether the imports are static, dynamic or type-only.',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are kept (they vanish from the JavaScript, not from the design).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    exclude: { path: '\\.(css|csv|json)$|\\?' },
  },
};
