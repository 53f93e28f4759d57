import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['node_modules/**', '.next/**', '.data/**', 'coverage/**', 'lib/generated/**', 'next-env.d.ts'],
  },
  {
    // Server logs go through lib/log.ts (structured JSON, request ids, secrets redacted); scripts/, tests and the
    // browser console of client components may print.
    files: ['lib/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
