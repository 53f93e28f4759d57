/** @jest-environment node */
import { ConflictError, fromPrismaError, isUniqueViolation, NotFoundError } from '@/lib/errors';

describe('isUniqueViolation (both database engines)', () => {
  it.each([
    ['Prisma P2002 (adapter-pg)', { code: 'P2002' }],
    ['raw PostgreSQL code', { code: '23505' }],
    ['PostgreSQL code as the cause (PGlite adapter)', { cause: { code: '23505' } }],
    [
      'driver adapter error in meta',
      { code: 'P2010', meta: { driverAdapterError: { cause: { originalCode: '23505' } } } },
    ],
  ])('recognises %s', (_label, error) => {
    expect(isUniqueViolation(error)).toBe(true);
    expect(fromPrismaError(error, 'That username is taken')).toEqual(new ConflictError('That username is taken'));
  });

  it('leaves other errors alone', () => {
    for (const error of [null, undefined, new Error('x'), { code: '23503' }, { cause: { code: '40001' } }])
      expect(isUniqueViolation(error)).toBe(false);
    const other = new Error('boom');
    expect(fromPrismaError(other)).toBe(other);
    expect(fromPrismaError({ code: 'P2025' })).toBeInstanceOf(NotFoundError);
  });
});
