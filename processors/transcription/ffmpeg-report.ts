import type { ProbeInfo } from './decode.js';

/**
 * What ffmpeg's report on standard error (at -loglevel info) says about its input, read in place of a separate
 * ffprobe run. The input dump repeats the file's own metadata, whose keys and values may hold line breaks, so
 * only lines a file cannot forge are trusted: the first `Input #0` line (printed before any metadata), the last
 * `Stream mapping:` block (output metadata is off, so nothing from the file follows it), and a `Duration` line
 * or input stream line only when it is the only one of its kind.
 */
export interface InputReport {
  /** ffmpeg recognised a container. */
  opened: boolean;
  /** ffmpeg found no audio stream to decode. */
  noAudio: boolean;
  probe: ProbeInfo;
}

const NAMED_LAYOUTS: Record<string, number> = {
  mono: 1,
  stereo: 2,
  downmix: 2,
  quad: 4,
  'quad(side)': 4,
  hexagonal: 6,
  octagonal: 8,
  cube: 8,
  hexadecagonal: 16,
};

export function parseInputReport(stderr: string): InputReport {
  const lines = stderr.split(/\r?\n/);
  const input = lines.findIndex((l) => l.startsWith('Input #0, '));
  const format = input >= 0 ? /^Input #0, (.+?), from '/.exec(lines[input]!)?.[1] : undefined;
  if (input < 0 || !format) return { opened: false, noAudio: false, probe: {} };
  const mapping = lines.lastIndexOf('Stream mapping:');
  const noAudio = mapping < 0 && /Stream map '0:a:0' matches no streams/.test(stderr);
  const dump = lines.slice(input + 1, mapping > input ? mapping : undefined);
  const probe: ProbeInfo = { format };
  const durations = dump.filter((l) => l.startsWith('  Duration: '));
  const durationS = durations.length === 1 ? parseDuration(durations[0]!) : undefined;
  if (durationS) probe.durationS = durationS;
  // "  Stream #0:2 -> #0:0 (aac (native) -> pcm_s16le (native))": the stream ffmpeg decodes, and its codec.
  const mapped = mapping > input ? /^ {2}Stream #0:(\d+) -> #0:0 \(([\w-]+) /.exec(lines[mapping + 1] ?? '') : null;
  if (!mapped) return { opened: true, noAudio, probe };
  probe.codec = mapped[2];
  const streams = dump.filter((l) => new RegExp(`^ {2}Stream #0:${mapped[1]}\\D`).test(l));
  if (streams.length === 1) Object.assign(probe, audioParams(streams[0]!));
  return { opened: true, noAudio, probe };
}

/** "  Duration: 00:01:02.50, start: …" in seconds; undefined for N/A. */
function parseDuration(line: string): number | undefined {
  const m = /^ {2}Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(line);
  const s = m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : NaN;
  return s > 0 ? s : undefined;
}

/**
 * Sample rate and channels after the line's last ": Audio: " (a language tag before it may hold any text):
 * "opus, 48000 Hz, mono, fltp" or "pcm_s16le ([1][0][0][0] / 0x0001), 44100 Hz, 2 channels, s16, 1411 kb/s".
 */
function audioParams(line: string): Pick<ProbeInfo, 'sampleRateHz' | 'channels'> {
  const at = line.lastIndexOf(': Audio: ');
  if (at < 0 || Math.max(line.lastIndexOf(': Video: '), line.lastIndexOf(': Data: ')) > at) return {};
  const parts = line.slice(at + ': Audio: '.length).split(', ');
  const hz = parts.findIndex((p) => /^\d+ Hz$/.test(p));
  if (hz < 0) return {};
  return { sampleRateHz: parseInt(parts[hz]!, 10), channels: channelCount(parts[hz + 1] ?? '') };
}

/** ffmpeg's channel layout description as a count: "mono", "5.1(side)", "7.1", "3 channels", "FL+FR+LFE". */
export function channelCount(layout: string): number | undefined {
  const n = /^(\d+) channels/.exec(layout);
  if (n) return Number(n[1]);
  const xy = /^(\d+)\.(\d+)(\(.*\))?$/.exec(layout);
  if (xy) return Number(xy[1]) + Number(xy[2]);
  if (Object.hasOwn(NAMED_LAYOUTS, layout)) return NAMED_LAYOUTS[layout];
  return /^[A-Z]+(\+[A-Z]+)+$/.test(layout) ? layout.split('+').length : undefined;
}
