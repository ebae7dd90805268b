export type AudioContainer = 'wav' | 'mp3' | 'ogg' | 'webm' | 'mp4' | 'flac';

/** Bytes needed to recognise every container below, except an MP3 behind an ID3 tag (see sniffLength). */
export const SNIFF_BYTES = 16;
/** The most bytes the sniffer reads: ID3 tags longer than this (large cover art) are refused. */
export const MAX_SNIFF_BYTES = 256 * 1024;

/**
 * Names the audio container from the first bytes, whatever the file name or declared type says
 * (browsers' MediaRecorder often labels WebM as audio/wav). Undefined: not an audio container we accept, or fewer
 * bytes than sniffLength(head) asks for.
 */
export function sniffContainer(head: Buffer): AudioContainer | undefined {
  const ascii = (start: number, end: number) => head.subarray(start, end).toString('latin1');
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
  if (ascii(0, 4) === 'fLaC') return 'flac';
  if (ascii(0, 4) === 'OggS') return 'ogg';
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) return 'webm';
  if (ascii(4, 8) === 'ftyp') return 'mp4';
  // ffmpeg skips ID3 tags and detects what follows (a playlist, a manifest, an SDP file): demand MPEG audio there.
  return isMpegFrame(head, afterId3(head)) ? 'mp3' : undefined;
}

/** How many bytes sniffContainer needs to decide about a file starting with `head`. */
export function sniffLength(head: Buffer): number {
  const start = afterId3(head);
  // 10, not 4: at that offset another ID3 header may begin.
  return start === 0 ? SNIFF_BYTES : Math.min(MAX_SNIFF_BYTES, Math.max(SNIFF_BYTES, start + 10));
}

/** Where the audio starts: after every ID3v2 tag (as ffmpeg reads them, one after another) and zero padding. */
function afterId3(head: Buffer): number {
  let pos = 0;
  while (isId3Header(head, pos)) {
    // The size is "syncsafe": 7 bits per byte; a footer (v2.4, flag 0x10) adds 10 bytes.
    const size = (head[pos + 6]! << 21) | (head[pos + 7]! << 14) | (head[pos + 8]! << 7) | head[pos + 9]!;
    pos += 10 + size + (head[pos + 5]! & 0x10 ? 10 : 0);
  }
  if (pos === 0) return 0;
  while (pos < head.length && head[pos] === 0) pos++;
  return pos;
}

function isId3Header(head: Buffer, pos: number): boolean {
  if (head.length < pos + 10 || head.toString('latin1', pos, pos + 3) !== 'ID3') return false;
  if (head[pos + 3] === 0xff || head[pos + 4] === 0xff) return false;
  return [6, 7, 8, 9].every((i) => head[pos + i]! < 0x80);
}

/** An MPEG audio frame header: 11 sync bits, a valid version, layer, bitrate and sample rate. */
function isMpegFrame(head: Buffer, pos: number): boolean {
  if (head.length < pos + 4 || head[pos] !== 0xff || (head[pos + 1]! & 0xe0) !== 0xe0) return false;
  const version = (head[pos + 1]! >> 3) & 0x3;
  const layer = (head[pos + 1]! >> 1) & 0x3;
  const bitrate = head[pos + 2]! >> 4;
  const sampleRate = (head[pos + 2]! >> 2) & 0x3;
  return version !== 1 && layer !== 0 && bitrate !== 0xf && sampleRate !== 3;
}
