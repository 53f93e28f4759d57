// Jest's default order, except that the security tier's suites run in a fixed order: the bad-input suite last,
// because the payloads an endpoint accepts (it is sent them by someone it lets in) may change the seeded data.
const Sequencer = require('@jest/test-sequencer').default;

const SECURITY_ORDER = ['authorisation', 'xss', 'bad-input'];
const rank = (path) => {
  const match = /tests\/security\/([\w-]+)\.test\.tsx?$/.exec(path.replace(/\\/g, '/'));
  if (!match) return -1;
  const i = SECURITY_ORDER.indexOf(match[1]);
  return i === -1 ? SECURITY_ORDER.length : i;
};

class SecurityLastSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const security = sorted.filter((t) => rank(t.path) >= 0).sort((a, b) => rank(a.path) - rank(b.path));
    return [...sorted.filter((t) => rank(t.path) < 0), ...security];
  }
}

module.exports = SecurityLastSequencer;
