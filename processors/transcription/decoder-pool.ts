import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { reserveUrl, type Reservation } from './audio-source.js';

/**
 * ffmpeg started ahead of its job. A distribution's ffmpeg links some 200 shared libraries and takes 100–400 ms
 * of CPU to load before it reads a byte; a spare pays that between jobs. It is spawned on an unguessable loopback
 * URL whose server holds its first request until a recording is bound to it (audio-source.ts), so its arguments,
 * protocols and inputs are exactly those of a decoder started for the job.
 */
export interface Decoder {
  readonly reservation: Reservation;
  readonly stdout: Readable;
  /** The process ended (stdio closed): its exit code, or the signal that ended it. Rejects if it never started. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** ffmpeg had loaded and asked for its input before the job took it. */
  readonly warm: boolean;
  /** Standard error: its head (the input report) and, if longer, its tail (the last errors). */
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

async function startProcess(command: string, args: (url: string) => string[]): Promise<Process> {
  const reservation = await reserveUrl();
  const child: ChildProcess = spawn(command, args(reservation.url), { stdio: ['ignore', 'pipe', 'pipe'] });
  let head = '';
  let tail = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (text: string) => {
    if (head.length < STDERR_HEAD) head += text;
    else tail = (tail + text).slice(-STDERR_TAIL);
  });
  let ready = false;
  void reservation.arrived.then(() => (ready = true));
  let ended = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal }));
  }).finally(() => {
    ended = true;
    reservation.release();
  });
  exited.catch(() => {});
  const handles = [child, child.stdout as Socket, child.stderr as Socket];
  // An idle spare must not keep the process alive.
  for (const h of handles) h.unref();
  const proc: Process = {
    reservation,
    stdout: child.stdout!,
    exited,
    get warm() {
      return ready;
    },
    stderr: () => (tail ? `${head}\n…\n${tail}` : head),
    kill: () => {
      if (!ended) child.kill('SIGKILL');
    },
    alive: () => !ended && child.exitCode === null && child.signalCode === null,
    claim: () => {
      for (const h of handles) h.ref();
      return proc;
    },
  };
  return proc;
}

/** A few spare decoders for one ffmpeg binary and argument list. */
export class DecoderPool {
  private readonly spares: Array<Promise<Process>> = [];

  constructor(
    private readonly command: string,
    private readonly args: (url: string) => string[],
    private readonly size: number,
  ) {}

  /** A spare (oldest first: the likeliest to have loaded) or, when none is left, a process started now. */
  async take(): Promise<Decoder> {
    while (this.spares.length) {
      const spare = await this.spares.shift()!.catch(() => undefined);
      if (spare?.alive()) return spare.claim();
      spare?.kill();
    }
    return (await startProcess(this.command, this.args)).claim();
  }

  /** Starts spares up to the pool's size; called once a job's decoder has finished, off the critical path. */
  refill(): void {
    while (this.spares.length < this.size) {
      const spare = startProcess(this.command, this.args);
      spare.catch(() => {});
      this.spares.push(spare);
    }
  }

  /** Ends the spares (tests, shutdown); a later take() starts afresh. */
  async drain(): Promise<void> {
    const spares = await Promise.all(this.spares.splice(0).map((s) => s.catch(() => undefined)));
    for (const s of spares) s?.kill();
    await Promise.all(spares.map((s) => s?.exited.catch(() => {})));
  }
}
