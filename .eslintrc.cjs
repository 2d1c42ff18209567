/**
 * The legacy (`.eslintrc`, ESLint 8.57) example: privmap's recommended rules over the sample app.
 *
 * ESLint 8 resolves `plugins: ['privmap']` to the package `eslint-plugin-privmap`, which privmap publishes
 * from this repository (packages/eslint-plugin-privmap, an npm workspace): in your project,
 * `npm install --save-dev privmap eslint-plugin-privmap @typescript-eslint/parser` and this file works as is.
 *
 * test/eslint/examples.test.ts runs this file with the built plugin in dist/, and
 * test/package/installed-package.test.ts runs it with ESLint 8 in a project that installed both packages.
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
