// Turns a NotFoundError from a lib read into Next's 404 page, letting other errors through.
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/errors';

export async function pageOrNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
