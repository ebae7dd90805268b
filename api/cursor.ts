import { z } from 'zod';
import { ValidationError } from '../lib/errors.js';
import { storableTimestamp } from '../lib/storable.js';

// Keyset paging cursors: the last row's creation time and id, opaque to clients.

export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
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
