import { z } from 'zod';
import { ValidationError } from '../lib/errors.js';
import { storableTimestamp } from '../lib/storable.js';

// Keyset paging cursors: the last row's creation time and id, opaque to clients. The time is PostgreSQL's own, to the
// microsecond (lib/keyset.ts): a JavaScript Date keeps milliseconds, and every row created later in the same
// millisecond as a page's last row would never be listed.

export function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = z
      .tuple([storableTimestamp(), z.uuid()])
      .parse(JSON.parse(Buffer.from(cursor, 'base64url').toString()));
    return { createdAt, id };
  } catch {
    throw new ValidationError('Invalid cursor.');
  }
}

/** A page of `rows` fetched with one extra row (so a next page is known), and the cursor to the next page. */
export function pageOf<T>(
  rows: T[],
  limit: number,
  key: (row: T) => [string, string],
): { page: T[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, next: rows.length > limit && last ? encodeCursor(...key(last)) : null };
}
