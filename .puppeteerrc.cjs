// Puppeteer must never download its own Chrome (offline machines): we use the system Chromium.
/** @type {import('puppeteer').Configuration} */
module.exports = { skipDownload: true };
