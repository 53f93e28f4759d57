// npm test — every tier in sequence (unit, components, integration, browser, security). Runs them all, then exits
// non-zero if any failed. Integration, browser and security each use one database per run, so they run in band.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const jest = path.join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
const tiers = [
  ['unit', []],
  ['components', []],
  ['integration', ['--runInBand']],
  ['browser', ['--runInBand']],
  // tests/security: authorisation matrix, bad input and XSS against `next start` (the browser tier's set-up).
  ['security', ['--runInBand']],
];
const failed = [];
for (const [tier, extra] of tiers) {
  const started = Date.now();
  console.log(`\n=== ${tier} tests ===`);
  const { status } = spawnSync(process.execPath, [jest, '--selectProjects', tier, ...extra], { stdio: 'inherit' });
  console.log(
    `=== ${tier}: ${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`,
  );
  if (status !== 0) failed.push(tier);
}
if (failed.length > 0) {
  console.error(`\nFailed tiers: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nAll test tiers passed.');
