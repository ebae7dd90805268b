import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountedSession } from '../../lib/baseline/store.js';
import type { Acoustics } from '../../lib/results/acoustics.js';
import type { BaselineResult } from '../../lib/results/baseline.js';
import { assessSession } from '../../processors/baseline/assess.js';
import { quality } from '../../processors/transcription/acoustics/index.js';
import { analyse, decode } from './voice-features.js';

// Issue 10, measured: real recordings of one speaker (LJ Speech, 16 sessions of two sentences; data/voice/one-speaker) and the same
// voice made lower, slower and flatter. Every ordinary session is scored against the sessions before it as production
// would; each changed session (one held-out clip given half its pitch excursions by Praat, then made 3 semitones
// lower and 1.25× as long by Praat's PSOLA; sox `pitch`/`tempo` for comparison) against the other fifteen. Goals: every changed score well above (≥ 1.5×) every
// ordinary one; pitch and rate named with the right direction. A control, Praat's resynthesis with nothing changed, shows
// what the tool alone moves (jitter falls), and the PSOLA ratio is printed again with each clip's own jitter.

const DIR = path.resolve('bench/eval/data/voice/one-speaker/clips');
const CHANGE = path.resolve('bench/eval/baseline/change.praat');
/** Half the pitch excursions, 3 semitones lower, 1.25× as long (0.8× as fast). */
const PRAAT_CHANGE = ['0.5', '-3', '1.25'];
/** Praat's resynthesis with nothing changed: what its overlap-add alone does to the measures (a control). */
const PRAAT_NONE = ['1', '0', '1'];
/** The same lowering and slowing with sox alone (its pitch shift cannot flatten). */
const SOX_CHANGE = ['pitch', '-300', 'tempo', '-s', '0.8'];
const HELD_OUT = 5;
const day = (d: number) => new Date(Date.UTC(2026, 0, d, 8));

async function voice(file: string): Promise<Acoustics> {
  const samples = await decode(file);
  const f = analyse(Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength));
  const q = quality(f);
  return { ...f, quality_ok: q.ok, quality_reasons: q.reasons };
}

/** The clip made flatter, lower and slower by Praat's PSOLA, lower and slower by sox, or resynthesised unchanged. */
async function changed(file: string, tmp: string, by: 'praat' | 'sox' | 'none'): Promise<Acoustics> {
  const [wav, out] = ['wav', `${by}.wav`].map((x) => path.join(tmp, `${path.basename(file)}.${x}`));
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', file, '-ac', '1', '-ar', '16000', wav!]);
  const praat = by === 'praat' ? PRAAT_CHANGE : PRAAT_NONE;
  if (by === 'sox') execFileSync('sox', ['-R', '-V1', wav!, out!, ...SOX_CHANGE]);
  else execFileSync('praat', ['--run', CHANGE, wav!, out!, ...praat]);
  return voice(out!);
}

const assess = (a: Acoustics, earlier: CountedSession[], at: number) =>
  assessSession({ acoustics: a, earlier, window: 20, required: 5, recordedAt: day(at) });
const asEarlier = (list: Array<{ a: Acoustics; r: BaselineResult; at: number }>): CountedSession[] =>
  list
    .map(({ a, r, at }) => ({
      analysis_id: `s${at}`,
      recorded_at: day(at),
      acoustics: a,
      concern: r.trajectory.concern_index,
    }))
    .reverse();

export async function evalBaseline(say: (line: string) => void = console.log): Promise<void> {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.opus'))
    .sort()
    .map((f) => path.join(DIR, f));
  const voices = await Promise.all(files.map(voice));
  // Ordinary sessions in order, each against those before it.
  const done: Array<{ a: Acoustics; r: BaselineResult; at: number }> = [];
  voices.forEach((a, i) => done.push({ a, r: assess(a, asEarlier(done), i + 1), at: i + 1 }));
  const ordinary = done.filter((d) => d.r.deviation_score !== null).map((d) => d.r.deviation_score!);
  // The last clips held out in turn: unchanged and changed, against the other fifteen.
  const tmp = mkdtempSync(path.join(tmpdir(), 'resona-baseline-eval-'));
  type Row = Record<'plain' | 'praat' | 'sox' | 'none' | 'steady', BaselineResult> & { clip: string };
  const rows: Row[] = [];
  try {
    for (let i = files.length - HELD_OUT; i < files.length; i++) {
      const others = asEarlier(done.filter((_, j) => j !== i));
      const praat = await changed(files[i]!, tmp, 'praat');
      rows.push({
        clip: path.basename(files[i]!),
        plain: assess(voices[i]!, others, 30),
        praat: assess(praat, others, 30),
        // The PSOLA session with the clip's own jitter: how much of its score the resynthesis's steadier periods give.
        steady: assess({ ...praat, jitter_local_pct: voices[i]!.jitter_local_pct }, others, 30),
        sox: assess(await changed(files[i]!, tmp, 'sox'), others, 30),
        none: assess(await changed(files[i]!, tmp, 'none'), others, 30),
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const plainScores = [...ordinary, ...rows.map((r) => r.plain.deviation_score!)];
  const worstOrdinary = Math.max(...plainScores);
  const counted = done.filter((d) => d.r.counted).length;
  say(
    `\n[baseline eval] LJ Speech, one speaker: ${files.length} sessions (${counted} pass the quality check), window 20`,
  );
  say(
    `  ordinary sessions' deviation_score (${plainScores.length}: each in turn against those before it, and ` +
      `${rows.length} held out against the rest): max ${worstOrdinary.toFixed(2)}, median ${median(plainScores).toFixed(2)}`,
  );
  for (const by of ['praat', 'sox'] as const) {
    say(
      by === 'praat'
        ? '  changed by Praat PSOLA: half the pitch excursions, 3 semitones lower, 1.25× as long (the goal)'
        : '  changed by sox `pitch -300 tempo 0.8` (lower and slower, not flatter; for comparison)',
    );
    for (const r of rows) {
      const all = r[by].deviations.map((d) => `${d.direction} (z ${d.z})`).join(', ');
      say(`    ${r.clip}: plain ${r.plain.deviation_score}, changed ${r[by].deviation_score}: ${all}`);
    }
    const least = Math.min(...rows.map((r) => r[by].deviation_score!));
    const ratio = least / worstOrdinary;
    const sameBaseline = least / Math.max(...rows.map((r) => r.plain.deviation_score!));
    const pitch = rows.filter((r) => named(r[by], 'f0_p50_st', 'lower pitch')).length;
    const rate = rows.filter((r) => named(r[by], 'speech_rate_syl_per_s', 'slower speech')).length;
    const flat = rows.filter((r) => named(r[by], 'f0_sd_st', 'less pitch variability')).length;
    const verdict = (ok: boolean) => (by === 'sox' ? '' : ok ? ': PASS' : ': MISSED');
    say(`    least changed / most deviating ordinary = ${ratio.toFixed(2)} (goal ≥ 1.5${verdict(ratio >= 1.5)})`);
    say(`    least changed / most deviating held-out plain clip (same baselines of 15) = ${sameBaseline.toFixed(2)}`);
    if (by === 'praat') {
      const steady = Math.min(...rows.map((r) => r.steady.deviation_score!)) / worstOrdinary;
      say(`    the same, each changed clip given its own jitter (resynthesis alone lowers it) = ${steady.toFixed(2)}`);
    }
    say(
      `    named: lower pitch ${pitch}/${rows.length}, slower speech ${rate}/${rows.length}, less pitch variability ` +
        `${flat}/${rows.length} (goal: pitch and rate in all${verdict(pitch === rows.length && rate === rows.length)})`,
    );
  }
  // What resynthesis alone scores: the part of the PSOLA set's scores that is the tool's, not the change's.
  say('  control: Praat resynthesis with nothing changed (its overlap-add alone)');
  for (const r of rows) {
    const all = r.none.deviations.map((d) => `${d.direction} (z ${d.z})`).join(', ');
    say(`    ${r.clip}: plain ${r.plain.deviation_score}, resynthesised ${r.none.deviation_score}: ${all}`);
  }
}

const named = (r: BaselineResult, feature: string, direction: string) =>
  r.deviations.some((d) => d.feature === feature && d.direction === direction);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await evalBaseline();
