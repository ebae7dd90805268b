import type { BareResult } from './bare.js';
import type { LatencyResult, ThroughputResult } from './e2e.js';
import type { Costs } from './measure.js';

// Human-readable output: the headline table, where CPU and database work go, and what limits the ratio.

export const GOAL = 0.5;

export interface BackendResult {
  backend: 'redis' | 'postgres';
  stagesPerAnalysis: number;
  bare: BareResult;
  throughput: ThroughputResult;
  latency: LatencyResult;
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
  bare: BareResult,
  tp: ThroughputResult,
  latency: LatencyResult,
  pgRoundTripUs: number,
): BackendResult {
  const ratio = (tp.analysesPerSec * stages) / bare.jobsPerSec;
  return {
    backend,
    stagesPerAnalysis: stages,
    bare,
    throughput: tp,
    latency,
    ratio,
    verdict: ratio >= GOAL ? 'PASS' : 'BELOW',
    limits: limits(stages, bare, tp, latency, ratio, pgRoundTripUs),
  };
}

/** What the counters say limits the ratio, in one line each. */
function limits(
  stages: number,
  bare: BareResult,
  tp: ThroughputResult,
  lat: LatencyResult,
  ratio: number,
  pgRoundTripUs: number,
) {
  const out: string[] = [];
  const e = tp.costs;
  const b = bare.costs;
  const cpuA = total(e);
  const cpuJobs = stages * total(b);
  const busy = e.machineBusyPct;
  out.push(
    `CPU: machine ${f(busy, 0)} % busy during the burst (${f(e.kernelPct, 0)} % of it in the kernel; bare: ` +
      `${f(b.machineBusyPct, 0)} %); one analysis costs ` +
      `${f(cpuA, 2)} CPU-ms against ${f(cpuJobs, 2)} for ${stages} bare jobs, so a CPU-bound ratio would be ` +
      `${f(cpuJobs / cpuA, 2)} (measured ${f(ratio, 2)}).`,
  );
  const top = Object.entries(e.cpuMsPerUnit)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 3)
    .map(([k, v]) => `${k} ${f(v, 2)} ms (${f((100 * v) / cpuA, 0)} %)`);
  out.push(`Largest CPU consumers per analysis: ${top.join(', ')}.`);
  const stmts = (c: Costs) => Object.values(c.statementsPerUnit).reduce((a, v) => a + v, 0);
  out.push(
    `Database: ${f(stmts(e), 1)} Knex statements and ${f(e.xactPerUnit ?? NaN, 1)} PostgreSQL commits per analysis ` +
      `(worker ${f(e.statementsPerUnit.worker ?? 0, 1)}, web ${f(e.statementsPerUnit.web ?? 0, 1)}) against ` +
      `${f(stmts(b), 1)} statements and ${f(b.xactPerUnit ?? NaN, 1)} commits per bare job` +
      ` (${f((e.xactPerUnit ?? 0) / stages, 1)} commits per stage job).`,
  );
  const rtMs = (stmts(e) * pgRoundTripUs) / 1000;
  out.push(
    `Round trips: at ~${f(pgRoundTripUs, 0)} CPU-µs each (calibrated above), those statements alone cost ~` +
      `${f(rtMs, 1)} CPU-ms (${f((100 * rtMs) / cpuA, 0)} % of an analysis), before query building, row parsing ` +
      `and the BullMQ flow's own commands.`,
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
      ['backend', 'bare jobs/s', 'analyses/s', 'stage jobs/s', 'ratio', `goal ≥ ${GOAL}`, 'p50 ms', 'p99 ms', 'at /s'],
      results.map((r) => [
        r.backend,
        f(r.bare.jobsPerSec),
        f(r.throughput.analysesPerSec),
        f(r.throughput.analysesPerSec * r.stagesPerAnalysis),
        f(r.ratio, 2),
        r.verdict,
        f(r.latency.p50, 0),
        f(r.latency.p99, 0),
        f(r.latency.ratePerSec),
      ]),
    ),
  );
  const cols = results.flatMap((r) => [
    [`${r.backend} bare job`, r.bare.costs] as const,
    [`${r.backend} analysis`, r.throughput.costs] as const,
  ]);
  const procs = ['worker', 'web', 'postgres', 'redis', 'client'];
  const row = (label: string, get: (c: Costs) => number, digits = 2) => [
    label,
    ...cols.map(([, c]) => f(get(c), digits)),
  ];
  out.push('', 'Cost per unit (one bare job; one analysis = 4 stage jobs + submit)', '');
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
        row('machine busy % (phase)', (c) => c.machineBusyPct, 0),
        row('  of which kernel %', (c) => c.kernelPct, 0),
        row('units measured', (c) => c.units, 0),
      ],
    ),
  );
  out.push('', 'Latency legs at the steady offered load (median ms)', '');
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
  return out.join('\n');
}
