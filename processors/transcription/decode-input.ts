import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { sniffContainer, sniffLength, SNIFF_BYTES, type AudioContainer } from '../../lib/audio/sniff.js';
import type { AudioSource } from './audio-source.js';

/** Names the recording's container from its decrypted head, as the upload did (older uploads were sniffed less). */
export async function sniffRecording(source: AudioSource): Promise<AudioContainer | undefined> {
  let head = await source.head(SNIFF_BYTES);
  while (head.length < sniffLength(head)) {
    const more = await source.head(sniffLength(head));
    if (more.length === head.length) break;
    head = more;
  }
  return sniffContainer(head);
}

/**
 * Writes the recording into ffmpeg's standard input as it is decrypted, waiting while ffmpeg is behind. Once
 * ffmpeg stops reading, the rest is still read (not written): only the end of the recording authenticates it.
 * Rejects when the store fails; stops quietly on abort.
 */
export async function feedDecoder(source: AudioSource, stdin: Writable, signal: AbortSignal): Promise<void> {
  let open = !stdin.destroyed;
  const closed = new Promise<void>((resolve) => {
    const shut = () => resolve(void (open = false));
    stdin.once('close', shut);
    stdin.once('error', shut);
  });
  try {
    for await (const chunk of source.stream()) {
      if (signal.aborted) return;
      if (!open) continue;
      if (!stdin.write(chunk)) await Promise.race([new Promise((r) => stdin.once('drain', r)), closed]);
    }
  } finally {
    stdin.end();
  }
}

/** A tmpfs where the system has one (Linux: /dev/shm), else the temporary directory. */
export function spillDirectory(): string {
  try {
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
}

/**
 * The whole recording in a file that has no name: created 0600 and unlinked before its first byte is written, so
 * only the returned handle (and the ffmpeg that inherits it) reaches the audio, and it is gone once both close.
 */
export async function spillToFile(source: AudioSource, signal: AbortSignal): Promise<FileHandle> {
  const file = path.join(spillDirectory(), `resona-${randomBytes(12).toString('hex')}`);
  const handle = await fs.promises.open(file, 'wx+', 0o600);
  try {
    await fs.promises.unlink(file);
    let position = 0;
    for await (const chunk of source.stream()) {
      if (signal.aborted) throw signal.reason;
      // At a position: the file offset, shared with ffmpeg's standard input, stays at the start.
      await handle.write(chunk, 0, chunk.length, position);
      position += chunk.length;
    }
    return handle;
  } catch (err) {
    await handle.close();
    throw err;
  }
}
