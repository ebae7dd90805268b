import type { RecordingAnalysis } from './analyse-recording.js';

// A deferred transcription keeps what decoding measured and the encoded pieces for speech-to-text, so the next attempt
// goes straight to the provider. Layout: 4-byte length, JSON header, then the pieces' bytes back to back.

type Measured<F extends object> = Omit<RecordingAnalysis<F>, 'timings'>;

export function encodeMeasured<F extends object>(m: Measured<F>): Buffer {
  const pieces = (m.pieces ?? []).map((p) => ({ startS: p.startS, durationS: p.durationS, bytes: p.audio.length }));
  const header = Buffer.from(
    JSON.stringify({ probe: m.probe, durationS: m.durationS, features: m.features, quality: m.quality, pieces }),
  );
  const size = Buffer.alloc(4);
  size.writeUInt32BE(header.length);
  return Buffer.concat([size, header, ...(m.pieces ?? []).map((p) => p.audio)]);
}

/** The measurements back, or undefined for bytes this code cannot read (an older layout): then measure again. */
export function decodeMeasured<F extends object>(data: Buffer): Measured<F> | undefined {
  try {
    const length = data.readUInt32BE(0);
    const header = JSON.parse(data.subarray(4, 4 + length).toString()) as Omit<Measured<F>, 'pieces'> & {
      pieces: Array<{ startS: number; durationS: number; bytes: number }>;
    };
    let at = 4 + length;
    const pieces = header.pieces.map((p) => {
      const audio = data.subarray(at, (at += p.bytes));
      if (audio.length !== p.bytes) throw new Error('truncated checkpoint');
      return { startS: p.startS, durationS: p.durationS, audio };
    });
    return {
      probe: header.probe,
      durationS: header.durationS,
      features: header.features,
      quality: header.quality,
      pieces,
    };
  } catch {
    return undefined;
  }
}
