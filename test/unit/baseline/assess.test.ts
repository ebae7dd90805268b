import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { CountedSession } from '../../../lib/baseline/store.js';
import type { Acoustics } from '../../../lib/results/acoustics.js';
import { baselineSchema } from '../../../lib/results/baseline.js';
import { assessSession, deviationScore } from '../../../processors/baseline/assess.js';

// One real neutral clip's measures as the person's usual voice; sessions vary it by small known amounts.
const clip = (
  JSON.parse(readFileSync('bench/eval/data/voice/ravdess/features.json', 'utf8')) as {
    clips: Array<{ label: string; peak: Acoustics }>;
  }
).clips.find((c) => c.label === 'neutral')!.peak;
const usual: Acoustics = { ...clip, quality_ok: true, quality_reasons: [] };

/** The k-th ordinary session: every measure wobbles a little around the usual. */
const ordinary = (k: number): Acoustics => ({
  ...usual,
  f0_p50_st: usual.f0_p50_st! + 0.4 * Math.sin(k),
  f0_sd_st: usual.f0_sd_st! + 0.2 * Math.cos(k),
  speech_rate_syl_per_s: usual.speech_rate_syl_per_s! + 0.3 * Math.sin(2 * k),
  pause_ratio: 0.2 + 0.03 * Math.cos(3 * k),
  pause_mean_s: 0.5 + 0.05 * Math.sin(3 * k),
});
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 8));
/** Earlier counted sessions, newest first, as the store returns them. */
const history = (n: number, concern: (k: number) => number | null = () => null): CountedSession[] =>
  Array.from({ length: n }, (_, i) => n - 1 - i).map((k) => ({
    analysis_id: `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`,
    recorded_at: day(k + 1),
    acoustics: ordinary(k),
    concern: concern(k),
  }));
const assess = (acoustics: Acoustics | undefined, earlier: CountedSession[]) =>
  baselineSchema.parse(assessSession({ acoustics, earlier, window: 20, required: 5, recordedAt: day(28) }));

describe('a session against the person’s own baseline', () => {
  it('is collecting with no deviations while fewer than the required sessions came before it', () => {
    const r = assess(ordinary(9), history(4));
    expect(r).to.include({ status: 'collecting', sessions: 4, required: 5, deviation_score: null, counted: true });
    expect(r.deviations).to.deep.equal([]);
  });

  it('reports no deviation for an ordinary session once established', () => {
    const r = assess(ordinary(9), history(8));
    expect(r.status).to.equal('established');
    expect(r.deviations).to.deep.equal([]);
    expect(r.deviation_score).to.be.a('number').below(1.5);
  });

  it('names lower pitch, slower speech and longer pauses, with their direction, and scores the session high', () => {
    const changed = {
      ...ordinary(9),
      f0_p50_st: usual.f0_p50_st! - 4,
      speech_rate_syl_per_s: usual.speech_rate_syl_per_s! * 0.7,
      pause_mean_s: 1.2,
    };
    const r = assess(changed, history(8));
    const named = Object.fromEntries(r.deviations.map((d) => [d.feature, d.direction]));
    expect(named).to.include({
      f0_p50_st: 'lower pitch',
      speech_rate_syl_per_s: 'slower speech',
      pause_mean_s: 'longer pauses',
    });
    expect(r.deviations.map((d) => Math.abs(d.z))).to.deep.equal(
      [...r.deviations.map((d) => Math.abs(d.z))].sort((a, b) => b - a),
    );
    expect(r.deviation_score).to.be.above(assess(ordinary(9), history(8)).deviation_score! * 3);
  });

  it('gives a finite, bounded z when every earlier session was identical (MAD 0): the documented floor applies', () => {
    const same = history(6).map((s) => ({ ...s, acoustics: usual }));
    const r = assess({ ...usual, f0_p50_st: usual.f0_p50_st! + 1 }, same);
    const pitch = r.deviations.find((d) => d.feature === 'f0_p50_st')!;
    expect(pitch.z).to.equal(4); // 1 semitone over the 0.25-semitone floor
    expect(r.deviation_score).to.be.a('number').and.satisfy(Number.isFinite);
  });

  it('records a session failing the quality check as not counted, with the reason, and judges nothing', () => {
    const r = assess(
      { ...ordinary(9), quality_ok: false, quality_reasons: ['too little voiced speech: 1.2 s'] },
      history(8),
    );
    expect(r).to.include({ counted: false, deviation_score: null, status: 'established' });
    expect(r.reason).to.match(/voice unusable: too little voiced speech/);
    expect(r.deviations).to.deep.equal([]);
  });

  it('records a text-only check-in as not counted', () => {
    expect(assess(undefined, history(2))).to.include({ counted: false, reason: 'no recording: text only' });
  });

  it('leaves out a measure older sessions lack until enough sessions hold it', () => {
    const older = history(8).map((s, i) => (i >= 4 ? { ...s, acoustics: { ...s.acoustics, hnr_db: undefined } } : s));
    const r = assess({ ...ordinary(9), hnr_db: 60 }, older as CountedSession[]);
    expect(r.deviations.map((d) => d.feature)).to.not.include('hnr_db');
    const enough = assess({ ...ordinary(9), hnr_db: 60 }, history(8));
    expect(enough.deviations.map((d) => d.feature)).to.include('hnr_db');
  });
});

describe('the overall deviation score', () => {
  it('lets no single measure lift it: the largest |z| counts only as high as the second largest', () => {
    const quiet = Array.from({ length: 10 }, () => 1);
    expect(deviationScore([40, ...quiet])).to.equal(1);
    expect(deviationScore([-40, 3, ...quiet.slice(1)])).to.be.closeTo(Math.sqrt((9 + 9 + 9) / 11), 1e-12);
  });

  it('counts deviations that several measures confirm in full, without a fixed cap', () => {
    const quiet = Array.from({ length: 9 }, () => 1);
    expect(deviationScore([-10, 8, ...quiet])).to.be.closeTo(Math.sqrt((64 + 64 + 9) / 11), 1e-12);
    expect(deviationScore([-12, -10, ...quiet])).to.be.above(deviationScore([-6, -6, ...quiet]));
  });

  it('names a lone wild measure but keeps the session ordinary in the score', () => {
    const r = assess({ ...ordinary(9), hnr_db: 60 }, history(8));
    expect(r.deviations.map((d) => d.feature)).to.deep.equal(['hnr_db']);
    expect(r.deviation_score).to.be.below(1.5);
  });

  it('is the |z| itself, bounded, when only one measure could be compared', () => {
    expect(deviationScore([-3])).to.equal(3);
    expect(deviationScore([40])).to.equal(6);
  });
});

describe('the trajectory over recent sessions', () => {
  const flat = {
    ...ordinary(9),
    f0_sd_st: usual.f0_sd_st! - 1.5,
    speech_rate_syl_per_s: usual.speech_rate_syl_per_s! - 1,
  };

  it('is declining when the concern index rose across the last sessions', () => {
    const r = assess(
      flat,
      history(8, (k) => (k >= 5 ? (k - 5) * 0.5 : null)),
    );
    expect(r.trajectory.direction).to.equal('declining');
    expect(r.trajectory.sessions).to.equal(4);
    expect(r.trajectory.change).to.be.at.least(1);
  });

  it('is improving when it fell, and stable when it hardly moved', () => {
    expect(
      assess(
        ordinary(9),
        history(8, (k) => (k >= 4 ? 3 - (k - 4) * 0.6 : null)),
      ).trajectory.direction,
    ).to.equal('improving');
    expect(
      assess(
        ordinary(9),
        history(8, () => 0.1),
      ).trajectory.direction,
    ).to.equal('stable');
  });

  it('has no direction before three sessions have an index', () => {
    const r = assess(
      flat,
      history(8, (k) => (k === 7 ? 0.2 : null)),
    );
    expect(r.trajectory).to.include({ direction: null, sessions: 2, change: null });
    expect(r.trajectory.concern_index).to.be.above(0);
  });
});
