import { expect } from 'chai';
import path from 'node:path';
import { quality } from '../../../processors/transcription/acoustics/index.js';
import { analyse, decode, fixturePath, fixtures } from './helpers.js';

describe('acoustics: tones, noise, pauses, clipping and formats', function () {
  this.timeout(60_000);

  it('a pure 220 Hz tone gives 220 Hz within 0.5 % and near-zero jitter and shimmer', () => {
    const f = analyse(decode(fixturePath('tone_220')));
    expect(f.f0_median_hz).to.be.closeTo(220, 1.1);
    expect(f.f0_mean_hz).to.be.closeTo(220, 1.1);
    expect(f.jitter_local_pct).to.be.below(0.01);
    expect(f.shimmer_local_pct).to.be.below(0.05);
    expect(f.voiced_fraction).to.be.above(0.95);
    expect(f.pause_count).to.equal(0);
  });

  it('white noise has no voiced frames and fails the quality check for too little voice', () => {
    const f = analyse(decode(fixturePath('noise')));
    expect(f.voiced_s).to.be.below(0.1);
    expect(f.f0_median_hz).to.equal(null);
    expect(f.jitter_local_pct).to.equal(null);
    expect(quality(f).reasons.join()).to.match(/too little voiced speech/);
  });

  for (const name of ['pauses', 'pauses_noisy']) {
    it(`${name}: inserted silences of 0.4, 0.8 and 1.2 s are found as three pauses within 50 ms`, () => {
      const list = fixtures().fixtures;
      const inserted = list.find((f) => f.name === name)!.pauses_s!;
      const f = analyse(decode(fixturePath(name)));
      expect(f.pause_count).to.equal(inserted.length);
      const mean = inserted.reduce((a, b) => a + b, 0) / inserted.length;
      expect(f.pause_mean_s).to.be.closeTo(mean, 0.05);
      const total = inserted.reduce((a, b) => a + b, 0);
      expect(f.pause_ratio! * f.speaking_s).to.be.closeTo(total, 0.05 * inserted.length);
      expect(f.speech_rate_syl_per_s).to.be.within(2, 8);
    });
  }

  it('speech with a noise floor still has a finite SNR well under that of the clean recording', () => {
    const clean = analyse(decode(fixturePath('pauses')));
    const noisy = analyse(decode(fixturePath('pauses_noisy')));
    expect(noisy.snr_db)
      .to.be.a('number')
      .and.to.be.below(clean.snr_db! - 10);
    expect(noisy.snr_db).to.be.above(20);
  });

  it('clipped speech reports its clipping ratio and is refused by the quality check', () => {
    const f = analyse(decode(fixturePath('clipped')));
    expect(f.clipping_ratio).to.be.above(0.01);
    const verdict = quality(f);
    expect(verdict.ok).to.equal(false);
    expect(verdict.reasons.join()).to.match(/clipping/);
  });

  it('the same utterance decoded from wav, mp3, ogg, webm, m4a and flac gives F0 medians within 3 % of each other', () => {
    const { dir, fixtures: list } = fixtures();
    const formats = list.filter((f) => f.kind === 'format');
    expect(formats.map((f) => path.extname(f.file))).to.have.members([
      '.wav',
      '.mp3',
      '.ogg',
      '.webm',
      '.m4a',
      '.flac',
    ]);
    const reference = analyse(decode(fixturePath('en_p50_s175'))).f0_median_hz!;
    for (const f of formats) {
      const ours = analyse(decode(path.join(dir, f.file)));
      expect(Math.abs(ours.f0_median_hz! / reference - 1), f.name).to.be.below(0.03);
      expect(ours.duration_s, f.name).to.be.within(4, 6);
    }
  });

  it('words per minute is null without a transcript and counts words over speaking time with one', () => {
    const pcm = decode(fixturePath('pauses'));
    expect(analyse(pcm).words_per_min).to.equal(null);
    const f = analyse(pcm, 24);
    expect(f.words_per_min).to.be.closeTo((24 / f.speaking_s) * 60, 1e-9);
  });

  it('every figure is a finite number or null, never NaN, for speech, tone, noise and silence', () => {
    const silence = Buffer.alloc(32000 * 3);
    for (const pcm of [
      decode(fixturePath('en_p50_s175')),
      decode(fixturePath('tone_220')),
      decode(fixturePath('noise')),
      silence,
    ]) {
      for (const [k, v] of Object.entries(analyse(pcm))) {
        if (v !== null) expect(Number.isFinite(v), k).to.equal(true);
      }
    }
    const empty = analyse(Buffer.alloc(0));
    expect(empty.duration_s).to.equal(0);
    expect(empty.f0_median_hz).to.equal(null);
    expect(empty.hnr_db).to.equal(null);
  });
});
