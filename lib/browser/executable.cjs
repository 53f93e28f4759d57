// Finds a Chromium/Chrome executable. CommonJS so that postinstall (plain node), the app and the tests share it.
// Order: CHROMIUM_PATH, PUPPETEER_EXECUTABLE_PATH, system paths, then puppeteer's own cache.
const { existsSync, readdirSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

// The puppeteer cache is outside the project: the ignore comments stop Turbopack from tracing the whole project
// into the server build because of these run-time paths (its "Dynamic filesystem access" warning).
function fromPuppeteerCache(env) {
  const root = env.PUPPETEER_CACHE_DIR || path.join(os.homedir(), '.cache', 'puppeteer');
  for (const product of ['chrome', 'chrome-headless-shell']) {
    const dir = path.join(/*turbopackIgnore: true*/ root, product);
    if (!existsSync(/*turbopackIgnore: true*/ dir)) continue;
    for (const build of readdirSync(/*turbopackIgnore: true*/ dir).sort().reverse()) {
      for (const rel of ['chrome-linux64/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell']) {
        const candidate = path.join(/*turbopackIgnore: true*/ dir, build, rel);
        if (existsSync(/*turbopackIgnore: true*/ candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/** @param {Record<string, string | undefined>} [env] @returns {string | undefined} */
function findChromium(env = process.env) {
  for (const candidate of [env.CHROMIUM_PATH, env.PUPPETEER_EXECUTABLE_PATH, ...SYSTEM_PATHS]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return fromPuppeteerCache(env);
}

/** @returns {string} */
function installHint() {
  return [
    'Install one, then re-run:',
    '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
    '  macOS:         brew install --cask chromium (or set CHROMIUM_PATH to Google Chrome)',
    '  or point CHROMIUM_PATH at any Chrome/Chromium executable.',
  ].join('\n');
}

module.exports = { findChromium, installHint };
