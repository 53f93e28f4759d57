import { notFound } from 'next/navigation';
import { ForbiddenError, NotFoundError } from '@/lib/errors';

/** Admin pages show "not found" for records the viewer may not manage, rather than confirming they exist. */
export function notFoundOnDenied(error: unknown): never {
  if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
  throw error;
}

export function parseId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}
