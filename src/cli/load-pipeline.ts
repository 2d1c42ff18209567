/**
 * The scanner (the TypeScript compiler, the SQL parser, every detector) takes over a second of CPU to load;
 * commands load it only when they run, so `--help`, `--version` and usage errors answer at once.
 */
export const loadPipeline = () => import('../pipeline.js');
