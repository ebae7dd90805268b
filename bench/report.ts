import type { LatencyResult, ThroughputResult } from './e2e.js';
import { LATENCY_GOAL_MS, type AudioLatencyResult } from './latency.js';
import type { Costs } from './measure.js';
import type { NaiveResult } from './naive.js';
import { BENCH_STAGE_NAMES } from './stages.js';

// Human-readable output: the headline table, where CPU and database work go, what limits the ratio, and the
// audio check-in's latency legs.

/** Our analyses/s over the naive program's: the guarantees may cost at most 30 %. */
export const GOAL = 0.7;

export interface BackendResult {
  backend: 'redis' | 'postgres';
  stagesPerAnalysis: number;
  naive: NaiveResult;
  throughput: ThroughputResult;
  latency: LatencyResult;
  audio?: AudioLatencyResult;
  ratio: number;
  verdict: 'PASS' | 'BELOW';
  limits: string[];
}

const f = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
const total = (c: Costs) => Object.values(c.cpuMsPerUnit).reduce((a, b) => a + b, 0);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function result(
  backend: BackendResult['backend'],
  stages: number,
  naive: NaiveResult,
  tp: ThroughputResult,
  latency: LatencyResult,
  audio: AudioLatencyResult | undefined,
  pgRoundTripUs: number,
): BackendResult {
  const ratio = tp.analysesPerSec / naive.analysesPerSec;
  return {
    backend,
    stagesPerAnalysis: stages,
    naive,
    throughput: tp,
    latency,
    audio,
    ratio,
    verdict: ratio >= GOAL ? 'PASS' : 'BELOW',
    limits: limits(naive, tp, latency, ratio, pgRoundTripUs),
  };
}

/** What the counters say limits the ratio, in one line each. */
function limits(naive: NaiveResult, tp: ThroughputResult, lat: LatencyResult, ratio: number, pgRoundTripUs: number) {
  const out: string[] = [];
  const e = tp.costs;
  const b = naive.costs;
  const cpuA = total(e);
  const cpuN = total(b);
  const busy = e.machineBusyPct;
  out.push(
    `CPU: machine ${f(busy, 0)} % busy during the burst (${f(e.kernelPct, 0)} % of it in the kernel; naive: ` +
      `${f(b.machineBusyPct, 0)} %); one analysis costs ${f(cpuA, 2)} CPU-ms against ${f(cpuN, 2)} for the naive ` +
      `program's, so a CPU-bound ratio would be ${f(cpuN / cpuA, 2)} (measured ${f(ratio, 2)}).`,
  );
  const extra = Object.keys(e.cpuMsPerUnit)
    .map((k) => [k, (e.cpuMsPerUnit[k] ?? 0) - (b.cpuMsPerUnit[k] ?? 0)] as const)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 3)
    .map(([k, v]) => `${k} +${f(v, 2)} ms`);
  out.push(`Where our extra CPU per analysis goes, against the naive program: ${extra.join(', ')}.`);
  const top = Object.entries(e.cpuMsPerUnit)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 3)
    .map(([k, v]) => `${k} ${f(v, 2)} ms (${f((100 * v) / cpuA, 0)} %)`);
  out.push(`Largest CPU consumers per analysis: ${top.join(', ')}.`);
  const stmts = (c: Costs) => Object.values(c.statementsPerUnit).reduce((a, v) => a + v, 0);
  out.push(
    `Database: ${f(stmts(e), 1)} Knex statements and ${f(e.xactPerUnit ?? NaN, 1)} PostgreSQL commits per analysis ` +
      `(worker ${f(e.statementsPerUnit.worker ?? 0, 1)}, web ${f(e.statementsPerUnit.web ?? 0, 1)}) against ` +
      `${f(stmts(b), 1)} statements and ${f(b.xactPerUnit ?? NaN, 1)} commits for the naive program's.`,
  );
  const rtMs = (stmts(e) * pgRoundTripUs) / 1000;
  out.push(
    `Round trips: at ~${f(pgRoundTripUs, 0)} CPU-µs each (calibrated above), those statements alone cost ~` +
      `${f(rtMs, 1)} CPU-ms (${f((100 * rtMs) / cpuA, 0)} % of an analysis; the naive program's ~` +
      `${f((stmts(b) * pgRoundTripUs) / 1000, 1)}), before query building, row parsing and the BullMQ flow's commands.`,
  );
  if (tp.completed < tp.submitted)
    out.push(`${tp.submitted - tp.completed} of ${tp.submitted} analyses did not complete (${tp.failed} failed).`);
  out.push(`PostgreSQL connections held by the run at peak: ${tp.peakConnections} (server max_connections applies).`);
  if (tp.submitPerSec < tp.analysesPerSec * 1.2)
    out.push(`The API's intake (${f(tp.submitPerSec)} submissions/s) is close to the pipeline's rate: intake limits.`);
  const legs = Object.entries(lat.legs).sort((x, y) => y[1] - x[1]);
  if (legs[0])
    out.push(
      `Latency at ${f(lat.ratePerSec)}/s is mostly ${legs[0][0]} (${f(legs[0][1], 0)} of ${f(lat.p50, 0)} ms median).`,
    );
  if (e.otherCpuMsPerSec > 200)
    out.push(
      `Other work on this machine used ${f(e.otherCpuMsPerSec / 10, 0)} % of a core meanwhile: figures are noisy.`,
    );
  return out;
}

export function render(results: BackendResult[], header: string[]): string {
  const out = [...header, ''];
  out.push(
    table(
      ['backend', 'naive analyses/s', 'ours analyses/s', 'ratio', `goal ≥ ${GOAL}`, 'p50 ms', 'p99 ms', 'at /s'],
      results.map((r) => [
        r.backend,
        f(r.naive.analysesPerSec),
        f(r.throughput.analysesPerSec),
        f(r.ratio, 2),
        r.verdict,
        f(r.latency.p50, 0),
        f(r.latency.p99, 0),
        f(r.latency.ratePerSec),
      ]),
    ),
  );
  const cols = results.flatMap((r) => [
    [`${r.backend} naive`, r.naive.costs] as const,
    [`${r.backend} ours`, r.throughput.costs] as const,
  ]);
  const procs = ['worker', 'web', 'postgres', 'redis', 'client'];
  const row = (label: string, get: (c: Costs) => number, digits = 2) => [
    label,
    ...cols.map(([, c]) => f(get(c), digits)),
  ];
  out.push(
    '',
    `Cost per analysis (${BENCH_STAGE_NAMES.length} stage jobs + submit), the naive program beside ours`,
    '',
  );
  out.push(
    table(
      ['', ...cols.map(([k]) => k)],
      [
        ...procs.map((p) => row(`CPU ms ${p === 'client' ? 'load generator' : p}`, (c) => c.cpuMsPerUnit[p] ?? NaN)),
        row('CPU ms total', total),
        row('Knex statements worker', (c) => c.statementsPerUnit.worker ?? NaN, 1),
        row('Knex statements web', (c) => c.statementsPerUnit.web ?? NaN, 1),
        row('DB round-trip ms worker (Σ)', (c) => c.roundTripMsPerUnit.worker ?? NaN),
        row('PostgreSQL commits', (c) => c.xactPerUnit ?? NaN, 1),
        row('PostgreSQL WAL kB', (c) => c.walKbPerUnit, 1),
        row('machine busy % (phase)', (c) => c.machineBusyPct, 0),
        row('  of which kernel %', (c) => c.kernelPct, 0),
        row('units measured', (c) => c.units, 0),
      ],
    ),
  );
  out.push('', 'Latency legs of text-only analyses at the steady offered load (median ms)', '');
  const legNames = Object.keys(results[0]?.latency.legs ?? {});
  out.push(
    table(
      ['backend', 'rate /s', 'n', ...legNames, 'total p50', 'p99'],
      results.map((r) => [
        r.backend,
        f(r.latency.ratePerSec),
        String(r.latency.count),
        ...legNames.map((k) => f(r.latency.legs[k]!, 1)),
        f(r.latency.p50, 0),
        f(r.latency.p99, 0),
      ]),
    ),
  );
  for (const r of results) {
    out.push('', `What limits the ratio on ${r.backend} (${f(r.ratio, 2)}, ${r.verdict}):`);
    for (const l of r.limits) out.push(`  - ${l}`);
  }
  const audio = results.filter((r): r is BackendResult & { audio: AudioLatencyResult } => r.audio !== undefined);
  if (audio.length) out.push('', renderAudio(audio));
  return out.join('\n');
}

/** The 10-second check-in: p50 against the goal and against the audio work alone, then its legs. */
function renderAudio(results: Array<{ backend: string; audio: AudioLatencyResult }>): string {
  const out = ['A 10 s Ogg/Opus check-in, submit → completed (every production stage, no speech-to-text)', ''];
  out.push(
    table(
      ['backend', 'every ms', 'n', 'p50 ms', 'p90 ms', `p50 / goal ${LATENCY_GOAL_MS}`, 'verdict', 'p50 / work'],
      results.map(({ backend, audio: a }) => [
        backend,
        String(a.intervalMs),
        `${a.completed}/${a.submitted}`,
        f(a.p50, 0),
        f(a.p90, 0),
        f(a.p50 / LATENCY_GOAL_MS, 2),
        a.p50 <= LATENCY_GOAL_MS ? 'PASS' : 'ABOVE',
        f(a.p50 / a.baseline.workMs, 2),
      ]),
    ),
  );
  const legs = (get: (a: AudioLatencyResult) => Record<string, number>) =>
    Object.keys(get(results[0]!.audio)).map((k) => [k, ...results.map(({ audio }) => f(get(audio)[k]!, 1))]);
  const heads = ['median ms', ...results.map((r) => r.backend)];
  out.push(
    '',
    table(
      heads,
      legs((a) => a.legs),
    ),
  );
  out.push('', "Inside the stage, from the worker's timings of each recording pass (legs overlap: PCM streams)", '');
  out.push(
    table(heads, [
      ...legs((a) => a.inStage),
      ['ffmpeg already loaded (spare) %', ...results.map(({ audio }) => f(audio.warmDecoderPct, 0))],
      ['analysis thread already warm %', ...results.map(({ audio }) => f(audio.warmThreadPct, 0))],
    ]),
  );
  const b = results[0]!.audio.baseline;
  out.push(
    '',
    `work = the audio work alone, measured in this run: ffmpeg decoding the clip to 16 kHz PCM ${f(b.decodeCpuMs, 0)} ` +
      `CPU-ms (its -benchmark figure: past loading ffmpeg, which alone takes ${f(b.ffmpegStartMs, 0)} CPU-ms as ` +
      `\`ffmpeg -version\`, and opening the input) + features in-process, warm, ${f(b.featuresCpuMs, 0)} CPU-ms = ` +
      `${f(b.workMs, 0)} ms; p50 / work is what the pipeline adds around it (upload, queue, database, loopback, ` +
      'threads, container probing).',
  );
  return out.join('\n');
}
