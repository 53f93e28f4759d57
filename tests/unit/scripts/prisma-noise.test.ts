/** @jest-environment node */
// The Prisma CLI's expected datasource warning is dropped from its output; everything else passes unchanged, even
// when the output arrives in arbitrary chunks.
import { createPrismaNoiseFilter } from '../../../scripts/lib/prisma-noise';

const OUTPUT = [
  'Prisma schema loaded from prisma/schema',
  'Datasource "db": PostgreSQL database "ilearn"',
  '',
  'WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma.config.ts:',
  '- url',
  '',
  'The values from your schema will NOT be used!',
  '',
  'We recommend you to remove those properties from your schema to avoid confusion if you are only using driver adapters.',
  '',
  '3 migrations found in prisma/migrations',
  'WARNING: something else that matters',
  'No pending migrations to apply.',
].join('\n');

const EXPECTED = [
  'Prisma schema loaded from prisma/schema',
  'Datasource "db": PostgreSQL database "ilearn"',
  '',
  '',
  '3 migrations found in prisma/migrations',
  'WARNING: something else that matters',
  'No pending migrations to apply.',
].join('\n');

describe('Prisma CLI noise filter', () => {
  it.each([1, 7, 64, OUTPUT.length])('drops the datasource warning only (chunks of %i characters)', (size) => {
    const filter = createPrismaNoiseFilter();
    let printed = '';
    for (let i = 0; i < OUTPUT.length; i += size) printed += filter.write(OUTPUT.slice(i, i + size));
    printed += filter.end();
    expect(printed).toBe(EXPECTED);
  });
});
