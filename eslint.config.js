// The flat config example (ESLint 9 and 10): privmap's recommended rules over the sample app. In your own
// project, the same three lines: the TypeScript parser, then `privmap.configs.recommended` (or `strict`, which
// adds type-aware flows and turns on typescript-eslint's project service).
import tsParser from '@typescript-eslint/parser';
import privmap from 'privmap/eslint-plugin';

export default [
  { ignores: ['dist/', 'node_modules/', '.bench/'] },
  {
    files: ['fixtures/sample-app/**/*.ts'],
    languageOptions: { parser: tsParser },
  },
  { ...privmap.configs.recommended, files: ['fixtures/sample-app/**/*.ts'] },
];
