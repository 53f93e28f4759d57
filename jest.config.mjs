// Jest 30 through next/jest, one project per test tier. `npm test` runs unit, components, integration, browser
// and security in sequence (scripts/test-all.cjs); the bench project is only included when selected (`npm run bench`).
import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

// Packages that call import() from CommonJS (or ship ESM) must be compiled, see TOOLCHAIN.md.
const TRANSFORM_PACKAGES = [
  '@electric-sql/pglite',
  'pglite-prisma-adapter',
  '@react-email',
  'resend',
  'next-auth',
  '@auth',
  'jose',
  'oauth4webapi',
  'preact-render-to-string',
  'preact',
].map((name) => name.replace('/', '\\/'));

async function project(config) {
  const resolved = await createJestConfig({
    moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
    modulePathIgnorePatterns: ['<rootDir>/.next/', '<rootDir>/.data/'],
    ...config,
  })();
  const [jsPattern, swc] = Object.entries(resolved.transform).find(([pattern]) => pattern.includes('tsx'));
  return {
    ...resolved,
    // next/jest's pattern omits .cjs (pglite's entry is dist/index.cjs).
    transform: { ...resolved.transform, [jsPattern]: swc, '^.+\\.cjs$': swc },
    transformIgnorePatterns: [
      `/node_modules/(?!(${TRANSFORM_PACKAGES.join('|')})/)`,
      '^.+\\.module\\.(css|sass|scss)$',
    ],
  };
}

const wantBench = process.argv.includes('bench');

const projects = await Promise.all([
  project({ displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'] }),
  project({
    displayName: 'components',
    testEnvironment: 'jsdom',
    testMatch: ['<rootDir>/tests/components/**/*.test.ts?(x)'],
    setupFilesAfterEnv: ['<rootDir>/tests/helpers/setup-dom.ts'],
  }),
  project({
    displayName: 'integration',
    testEnvironment: 'node',
    testMatch: ['<rootDir>/tests/integration/**/*.test.ts?(x)'],
    globalSetup: '<rootDir>/tests/integration/global-setup.ts',
    globalTeardown: '<rootDir>/tests/integration/global-teardown.ts',
  }),
  project({
    displayName: 'browser',
    testEnvironment: 'node',
    testMatch: ['<rootDir>/tests/browser/**/*.test.ts?(x)'],
    globalSetup: '<rootDir>/tests/browser/global-setup.ts',
    globalTeardown: '<rootDir>/tests/browser/global-teardown.ts',
  }),
  project({
    displayName: 'security',
    testEnvironment: 'node',
    testMatch: ['<rootDir>/tests/security/**/*.test.ts?(x)'],
    globalSetup: '<rootDir>/tests/security/global-setup.ts',
    globalTeardown: '<rootDir>/tests/security/global-teardown.ts',
  }),
  ...(wantBench
    ? [
        project({
          displayName: 'bench',
          testEnvironment: 'node',
          testMatch: ['<rootDir>/tests/bench/**/*.bench.ts'],
          globalSetup: '<rootDir>/tests/integration/global-setup.ts',
          globalTeardown: '<rootDir>/tests/integration/global-teardown.ts',
        }),
      ]
    : []),
]);

// The browser tier needs a moment after its teardown for Chromium and `next start` to be reaped.
const config = {
  projects,
  testTimeout: 60_000,
  openHandlesTimeout: 5_000,
  testSequencer: '<rootDir>/tests/security/sequencer.cjs',
};
export default config;
