import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { Acoustics } from '../../../lib/results/acoustics.js';
import { emotionSchema, EMOTIONS } from '../../../lib/results/emotion.js';
import { baselineFrom, type FeatureBaseline } from '../../../processors/emotion/voice/features.js';
import { VOICE_MODEL, voiceAffect, type VoiceAffect } from '../../../processors/emotion/voice/index.js';
import type { AcousticFeatures } from '../../../processors/transcription/acoustics/index.js';

// Real measures of RAVDESS dev clips (bench/eval/data/voice/ravdess/features.json), marked usable as the
// transcription stage would for a long enough recording.
type Clip = { file: string; speaker: string; label: string; peak: AcousticFeatures };
const clips = (JSON.parse(readFileSync('bench/eval/data/voice/ravdess/features.json', 'utf8')) as { clips: Clip[] })
  .clips;
const usable = (f: AcousticFeatures): Acoustics => ({ ...f, quality_ok: true, quality_reasons: [] });
const clip = (speaker: string, label: string, n = 0) =>
  usable(clips.filter((c) => c.speaker === speaker && c.label === label)[n]!.peak);
const neutral = clip('ravdess_01', 'neutral');

function answer(a: Acoustics, baseline?: FeatureBaseline): VoiceAffect {
  const r = voiceAffect(a, baseline);
  if (!r.voice) throw new Error(`expected a voice, got null: ${r.reason}`);
  return r.voice;
}

/** The same measures with pitch variability, rate and loudness variability scaled by k. */
const livelier = (a: Acoustics, k: number): Acoustics => ({
  ...a,
  f0_sd_st: a.f0_sd_st! * k,
  f0_range_st: a.f0_range_st! * k,
  speech_rate_syl_per_s: a.speech_rate_syl_per_s! * k,
  intensity_sd_db: a.intensity_sd_db! * k,
});

describe('voice affect from the acoustic measures', () => {
  it('returns null with the quality reasons when the quality check failed', () => {
    const r = voiceAffect({ ...neutral, quality_ok: false, quality_reasons: ['heavy clipping: 2.00 %'] });
    expect(r.voice).to.equal(null);
    expect(r.voice === null && r.reason).to.include('heavy clipping');
  });

  it('returns null when there is too little voiced speech, even if quality_ok says otherwise', () => {
    const r = voiceAffect({ ...neutral, voiced_s: VOICE_MODEL.minVoicedS / 2 });
    expect(r.voice).to.equal(null);
    expect(r.voice === null && r.reason).to.match(/too little voiced speech/);
  });

  it('returns null naming the measures when too many are missing, never a guess', () => {
    const r = voiceAffect({
      ...neutral,
      f0_sd_st: null,
      f0_range_st: null,
      jitter_local_pct: null,
      hnr_db: null,
      shimmer_local_db: null,
      alpha_ratio_db: null,
    });
    expect(r.voice).to.equal(null);
    expect(r.voice === null && r.reason).to.match(/too many voice measures missing: .*f0_sd_st/);
  });

  it('imputes a missing measure and still answers, its confidence scaled by the share of measures read', () => {
    const n = VOICE_MODEL.population.features.length;
    const full = answer(neutral);
    const holed = answer({ ...neutral, jitter_local_pct: null });
    expect(full.confidence).to.be.closeTo(full.categories[full.label], 1e-3);
    expect(holed.confidence).to.be.closeTo((holed.categories[holed.label] * (n - 1)) / n, 1e-3);
  });

  it('gives categories that sum to 1 and values within the schema, the label being the most probable', () => {
    for (const c of clips.slice(0, 40)) {
      const v = answer(usable(c.peak));
      expect(emotionSchema.shape.voice.parse(v)).to.deep.equal(v);
      expect(EMOTIONS.reduce((s, e) => s + v.categories[e], 0)).to.be.closeTo(1, 1e-9);
      expect(v.categories[v.label]).to.equal(Math.max(...Object.values(v.categories)));
      expect(v.basis).to.equal('population');
    }
  });

  it('gives the same answer when the phone gain changes (loudness ×4, intensity +12 dB)', () => {
    for (const a of [neutral, clip('ravdess_02', 'angry'), clip('ravdess_05', 'sad')]) {
      const louder = { ...a, loudness_mean: a.loudness_mean! * 4, loudness_sd: a.loudness_sd! * 4 };
      expect(answer({ ...louder, intensity_mean_db: a.intensity_mean_db! + 12 })).to.deep.equal(answer(a));
    }
  });

  it('does not read absolute pitch: the same voice an octave higher gets the same population answer', () => {
    const st = ['f0_mean_st', 'f0_p20_st', 'f0_p50_st', 'f0_p80_st'] as const;
    const higher = { ...neutral, f0_mean_hz: neutral.f0_mean_hz! * 2, f0_median_hz: neutral.f0_median_hz! * 2 };
    for (const k of st) higher[k] = neutral[k]! + 12;
    expect(answer(higher)).to.deep.equal(answer(neutral));
  });

  it('scores a flat, slow, low-variability voice lower in arousal than a lively, fast one', () => {
    const flat = answer(livelier(neutral, 0.6)).arousal;
    const lively = answer(livelier(neutral, 1.6)).arousal;
    expect(flat).to.be.below(answer(neutral).arousal);
    expect(lively).to.be.above(answer(neutral).arousal);
  });

  it("ranks a speaker's strong angry sentence above their neutral one in arousal (real clips)", () => {
    for (const speaker of ['ravdess_01', 'ravdess_02']) {
      expect(answer(clip(speaker, 'angry', 1)).arousal).to.be.above(answer(clip(speaker, 'neutral')).arousal);
    }
  });

  describe('with a personal baseline', () => {
    const own = clips.filter((c) => c.speaker === 'ravdess_07').map((c) => usable(c.peak));
    const baseline = baselineFrom(own.slice(1));

    it('uses it and says so: basis personal_baseline', () => {
      expect(answer(own[0]!, baseline).basis).to.equal('personal_baseline');
    });

    it('falls back to the population when the baseline rests on too few check-ins', () => {
      const thin = Object.fromEntries(Object.entries(baseline).map(([k, b]) => [k, { ...b, n: 2 }]));
      expect(answer(own[0]!, thin).basis).to.equal('population');
    });

    it("reads a voice higher than the person's own usual pitch as more aroused", () => {
      const up = { ...own[0]!, f0_p50_st: baseline.f0_p50_st!.median + 3 };
      const down = { ...own[0]!, f0_p50_st: baseline.f0_p50_st!.median - 3 };
      expect(answer(up, baseline).arousal).to.be.above(answer(down, baseline).arousal);
    });
  });
});
