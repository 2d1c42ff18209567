// Preloaded (`node --require`) into a CLI run by the outputs bench: writes the process's CPU time (user +
// system, all threads) at exit to PRIVMAP_BENCH_CPU_FILE, which a parent cannot read from spawnSync.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(process.env.PRIVMAP_BENCH_CPU_FILE, String((user + system) / 1e6));
});
