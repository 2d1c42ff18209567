/**
 * The legacy (`.eslintrc`, ESLint 8.57) example: privmap's recommended rules over the sample app.
 *
 * ESLint 8 resolves `plugins: ['privmap']` to a package named `eslint-plugin-privmap`; privmap ships the
 * plugin as `privmap/eslint-plugin`, so hand it to ESLint 8 through the Node API:
 *
 *   const { ESLint } = require('eslint');                       // 8.57
 *   const privmap = require('privmap/eslint-plugin').default;   // Node >= 20.19 can require the ES module
 *   new ESLint({ plugins: { privmap } }).lintFiles(['fixtures/sample-app/src']);
 *
 * test/eslint/examples.test.ts runs exactly this file with the built plugin in dist/.
 */
module.exports = {
  root: true,
  ignorePatterns: ['dist/', 'node_modules/', 'bench/', '.bench/'],
  overrides: [
    {
      files: ['fixtures/sample-app/**/*.ts'],
      parser: '@typescript-eslint/parser',
      parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
      plugins: ['privmap'],
      extends: ['plugin:privmap/recommended-legacy'],
    },
  ],
};
