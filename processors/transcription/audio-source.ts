/**
 * The decrypted recording, read from the store once, a chunk at a time, as ffmpeg consumes it. Nothing serves it:
 * it reaches ffmpeg through a pipe (or a file without a name, decode-input.ts), so no URL, token or path in a
 * command line leads to it and nobody can read it a second time.
 */
export interface AudioSource {
  /** The first `bytes` bytes (fewer if the recording is shorter); kept for stream(). Only before stream(). */
  head(bytes: number): Promise<Buffer>;
  /** The whole recording from its first byte, once: what head() read ahead, then the rest as it is decrypted. */
  stream(): AsyncGenerator<Buffer>;
  /** Reads whatever nobody consumed, to the end: GCM authenticates the recording only at its very end. */
  verify(): Promise<void>;
  /** Set when reading the stored recording failed (database error, or ciphertext that fails authentication). */
  failure(): Error | undefined;
  /** Stops reading the store. */
  close(): Promise<void>;
}

export function openAudioSource(read: () => AsyncIterable<Buffer>): AudioSource {
  let failure: Error | undefined;
  let iterator: AsyncIterator<Buffer> | undefined;
  let ended = false;
  let streamed = false;
  const ahead: Buffer[] = [];
  let aheadBytes = 0;

  /** The next decrypted chunk, or undefined at the end; remembers the first failure to read. */
  async function next(): Promise<Buffer | undefined> {
    if (ended) return undefined;
    iterator ??= read()[Symbol.asyncIterator]();
    try {
      const r = await iterator.next();
      if (r.done) ended = true;
      return r.done ? undefined : r.value;
    } catch (err) {
      failure ??= err as Error;
      ended = true;
      throw err;
    }
  }

  return {
    head: async (bytes) => {
      if (streamed) throw new Error('the head of a recording is read before the recording is streamed');
      while (aheadBytes < bytes) {
        const chunk = await next();
        if (!chunk) break;
        ahead.push(chunk);
        aheadBytes += chunk.length;
      }
      return Buffer.concat(ahead).subarray(0, bytes);
    },
    stream: async function* () {
      if (streamed) throw new Error('a recording is streamed once');
      streamed = true;
      // Handed on and forgotten: the recording is never held whole.
      while (ahead.length) yield ahead.shift()!;
      for (let chunk = await next(); chunk; chunk = await next()) yield chunk;
    },
    verify: async () => {
      if (failure) throw failure;
      while (await next());
    },
    failure: () => failure,
    close: async () => {
      ended = true;
      await iterator?.return?.();
    },
  };
}
