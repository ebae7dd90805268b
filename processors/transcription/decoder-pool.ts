import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import type { AudioContainer } from '../../lib/audio/sniff.js';

/**
 * ffmpeg started ahead of its job. A distribution's ffmpeg links some 200 shared libraries and takes 100–400 ms
 * of CPU to load before it reads a byte; a spare pays that between jobs. A spare reads its standard input with
 * the demuxer of one container (the arguments name it: no format detection), so spares are kept per container, for
 * the containers of the last jobs; its arguments, protocols and inputs are exactly those of a decoder started for
 * the job.
 */
export interface Decoder {
  /** Where the recording goes; absent when ffmpeg was started on a file given as its standard input. */
  readonly stdin?: Writable;
  readonly stdout: Readable;
  /** The process ended (stdio closed): its exit code, or the signal that ended it. Rejects if it never started. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** ffmpeg has loaded: it printed its banner, which comes before it opens its input. */
  readonly loaded: Promise<void>;
  /** ffmpeg had loaded before the job took it. */
  readonly warm: boolean;
  /** Standard error: its head (the banner and the input report) and, if longer, its tail (the last errors). */
  stderr(): string;
  kill(): void;
}

const STDERR_HEAD = 128 * 1024;
const STDERR_TAIL = 8 * 1024;

interface Process extends Decoder {
  alive(): boolean;
  /** Hands the process to a job: from now on it keeps the event loop alive. */
  claim(): Process;
}

/** Starts ffmpeg reading its standard input: a new pipe, or an open file descriptor it inherits. */
export function startDecoder(command: string, args: string[], input: 'pipe' | number): Decoder {
  return startProcess(command, args, input).claim();
}

function startProcess(command: string, args: string[], input: 'pipe' | number): Process {
  const child: ChildProcess = spawn(command, args, { stdio: [input, 'pipe', 'pipe'] });
  let head = '';
  let tail = '';
  let ready = false;
  let ended = false;
  let markLoaded!: () => void;
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (text: string) => {
    ready = true;
    markLoaded();
    if (head.length < STDERR_HEAD) head += text;
    else tail = (tail + text).slice(-STDERR_TAIL);
  });
  // Writing after ffmpeg has exited fails with EPIPE: the feeder sees the stream close, nothing must throw.
  child.stdin?.on('error', () => {});
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal }));
  }).finally(() => {
    ended = true;
    markLoaded();
  });
  exited.catch(() => {});
  const handles = [child, child.stdin as Socket | null, child.stdout as Socket, child.stderr as Socket];
  // An idle spare must not keep the process alive.
  for (const h of handles) h?.unref();
  const proc: Process = {
    ...(child.stdin ? { stdin: child.stdin } : {}),
    stdout: child.stdout!,
    exited,
    loaded,
    get warm() {
      return ready;
    },
    stderr: () => (tail ? `${head}\n…\n${tail}` : head),
    kill: () => {
      if (!ended) child.kill('SIGKILL');
    },
    alive: () => !ended && child.exitCode === null && child.signalCode === null,
    claim: () => {
      for (const h of handles) h?.ref();
      return proc;
    },
  };
  return proc;
}

/** Spare decoders for one ffmpeg binary: `size` per container, for the `containers` most recently decoded. */
export class DecoderPool {
  /** Spares by container, least recently taken first. */
  private readonly spares = new Map<AudioContainer, Process[]>();

  constructor(
    private readonly command: string,
    private readonly args: (container: AudioContainer) => string[],
    private readonly size: number,
    private readonly containers: number,
  ) {}

  /** A spare for this container (oldest first: the likeliest to have loaded) or, when none is left, one started now. */
  take(container: AudioContainer): Decoder {
    const spares = this.spares.get(container) ?? [];
    this.spares.delete(container);
    this.spares.set(container, spares);
    for (const [old, extra] of [...this.spares].slice(0, -this.containers)) {
      this.spares.delete(old);
      for (const p of extra) p.kill();
    }
    while (spares.length) {
      const spare = spares.shift()!;
      if (spare.alive()) return spare.claim();
      spare.kill();
    }
    return startProcess(this.command, this.args(container), 'pipe').claim();
  }

  /** Starts spares up to the pool's size for the recent containers; called off the critical path, between jobs. */
  refill(): void {
    for (const [container, spares] of this.spares) {
      spares.splice(0, spares.length, ...spares.filter((s) => s.alive()));
      while (spares.length < this.size) spares.push(startProcess(this.command, this.args(container), 'pipe'));
    }
  }

  /** Ends the spares (tests, shutdown); a later take() starts afresh. */
  async drain(): Promise<void> {
    const spares = [...this.spares.values()].flat();
    this.spares.clear();
    for (const s of spares) s.kill();
    await Promise.all(spares.map((s) => s.exited.catch(() => {})));
  }
}
