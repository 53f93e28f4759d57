/** @jest-environment node */
// Benchmarks are not part of `npm test`: run them with `npm run bench`.
import { parseEnv } from '@/lib/env';

it('parses the environment 1000 times in under 500 ms', () => {
  const started = performance.now();
  for (let i = 0; i < 1000; i += 1) parseEnv({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/app' });
  const elapsed = performance.now() - started;
  console.log(`parseEnv: ${(elapsed / 1000).toFixed(3)} ms per call`);
  expect(elapsed).toBeLessThan(500);
});
