// postinstall: report which Chromium the app and the browser tests will use. Never fails.
try {
  const { findChromium, installHint } = require('../lib/browser/executable.cjs');
  const found = findChromium();
  if (found) console.log(`Chromium: ${found}`);
  else console.warn(`No Chromium found (PDF certificates and browser tests need one).\n${installHint()}`);
} catch (error) {
  console.warn(`Browser check skipped: ${error instanceof Error ? error.message : String(error)}`);
}
