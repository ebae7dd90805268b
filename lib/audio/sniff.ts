export type AudioContainer = 'wav' | 'mp3' | 'ogg' | 'webm' | 'mp4' | 'flac';

/** Bytes needed to recognise every container below. */
export const SNIFF_BYTES = 16;

/**
 * Names the audio container from the first bytes, whatever the file name or declared type says
 * (browsers' MediaRecorder often labels WebM as audio/wav). Undefined: not an audio container we accept.
 */
export function sniffContainer(head: Buffer): AudioContainer | undefined {
  const ascii = (start: number, end: number) => head.subarray(start, end).toString('latin1');
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
  if (ascii(0, 4) === 'fLaC') return 'flac';
  if (ascii(0, 4) === 'OggS') return 'ogg';
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) return 'webm';
  if (ascii(4, 8) === 'ftyp') return 'mp4';
  if (ascii(0, 3) === 'ID3') return 'mp3';
  // An MPEG audio frame: 11 sync bits, a valid version and layer, a bitrate index that is not "bad".
  if (head.length >= 3 && head[0] === 0xff && (head[1]! & 0xe0) === 0xe0) {
    const version = (head[1]! >> 3) & 0x3;
    const layer = (head[1]! >> 1) & 0x3;
    const bitrate = head[2]! >> 4;
    if (version !== 1 && layer !== 0 && bitrate !== 0xf) return 'mp3';
  }
  return undefined;
}
