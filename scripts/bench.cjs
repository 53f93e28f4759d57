// npm run bench: the page benchmark table on the L data set (tests/bench/pages.bench.ts).
// npm run bench -- <name or path>: any other benchmark in tests/bench (jest path patterns), as before.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const args = process.argv.slice(2);
const jest = path.join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
const targets = args.length > 0 ? args : ['tests/bench/pages.bench.ts'];
const run = spawnSync(process.execPath, [jest, '--selectProjects', 'bench', '--runInBand', ...targets], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
