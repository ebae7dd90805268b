import fs from 'node:fs';
import { expect } from 'chai';
import { openAudioSource } from '../../../processors/transcription/audio-source.js';
import { decodeRecording } from '../../../processors/transcription/decode.js';
import { ffmpegPaths } from '../../../lib/ffmpeg-paths.js';
import { audioDir, synth, tone } from './test-audio.js';

interface Proc {
  pid: number;
  argv: string[];
}

/** Every process this user can see, with its command line (Linux /proc). */
function processes(): Proc[] {
  const found: Proc[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'latin1').split('\0').filter(Boolean);
      found.push({ pid: Number(entry), argv });
    } catch {
      // Ended meanwhile.
    }
  }
  return found;
}

/** ffmpeg processes started by this test process to decode a recording. */
const decoders = () =>
  processes().filter(
    (p) => /ffmpeg/.test(p.argv[0] ?? '') && p.argv.includes('0:a:0') && parentOf(p.pid) === process.pid,
  );

function parentOf(pid: number): number | undefined {
  try {
    return Number(/^PPid:\s+(\d+)$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  } catch {
    return undefined;
  }
}

/** Decodes `bytes` the way the stage does and calls `during` once, when the first PCM has arrived. */
async function whileDecoding(bytes: Buffer, during: () => Promise<void>): Promise<void> {
  const source = openAudioSource(async function* () {
    for (let at = 0; at < bytes.length; at += 256 * 1024) yield bytes.subarray(at, at + 256 * 1024);
  });
  const signal = new AbortController().signal;
  const stats = { samples: 0, peak: 0 };
  const paths = await ffmpegPaths({});
  let called = false;
  try {
    for await (const _ of decodeRecording(source, { paths, signal, maxSeconds: 1800, stats })) {
      await during();
      called = true;
      break;
    }
  } finally {
    await source.close();
  }
  expect(called).to.equal(true);
}

/** What ffmpeg's standard input is: `socket:[…]`, `pipe:[…]` or a file's path (`… (deleted)` once unlinked). */
const stdinOf = (pid: number) => fs.readlinkSync(`/proc/${pid}/fd/0`);

describe('the decrypted recording while ffmpeg decodes it', function () {
  this.timeout(60_000);
  const dir = audioDir();
  const made = new Map<string, Buffer>();
  const once = (file: string, codec: string[]) => () =>
    made.get(file) ?? made.set(file, fs.readFileSync(synth(dir, file, [tone(120)], codec))).get(file)!;
  const recordings = {
    FLAC: once('long.flac', []),
    'M4A with its index after the audio': once('long.m4a', ['-c:a', 'aac']),
  };

  for (const [what, make] of Object.entries(recordings)) {
    it(`puts no URL or token for a ${what} in the command line of any process it starts`, async () => {
      await whileDecoding(make(), async () => {
        expect(decoders()).to.not.have.length(0);
        for (const p of processes().filter((c) => parentOf(c.pid) === process.pid)) {
          expect(p.argv.join(' '), `process ${p.pid}`).to.not.match(/:\/\/|[0-9a-f]{32}/);
        }
      });
    });

    it(`hands a ${what} to ffmpeg leaving no URL or named file to read it again`, async () => {
      await whileDecoding(make(), async () => {
        const running = decoders();
        expect(running).to.not.have.length(0);
        for (const { pid, argv } of running) {
          const input = argv[argv.indexOf('-i') + 1]!;
          if (/^https?:/.test(input)) {
            const again = await fetch(input).catch(() => undefined);
            expect(again?.status ?? 0, `a second GET of ${input}`).to.not.be.within(200, 299);
          }
          expect(input).to.be.oneOf(['pipe:0', 'file:/dev/stdin']);
          const stdin = stdinOf(pid);
          if (/^(socket|pipe):/.test(stdin)) continue;
          // A file: unlinked before ffmpeg started, so no path leads to it, and private to this user.
          expect(stdin).to.match(/ \(deleted\)$/);
          expect(fs.statSync(`/proc/${pid}/fd/0`).mode & 0o777).to.equal(0o600);
        }
      });
    });
  }
});
