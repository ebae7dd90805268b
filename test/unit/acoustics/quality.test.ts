import { expect } from 'chai';
import { quality, type AcousticFeatures } from '../../../processors/transcription/acoustics/index.js';

const good = {
  voiced_s: 12,
  clipping_ratio: 0,
  snr_db: 35,
} as AcousticFeatures;

describe('acoustics: quality verdict', () => {
  it('accepts a recording with enough voice, no clipping and a good SNR', () => {
    expect(quality(good)).to.deep.equal({ ok: true, reasons: [] });
  });

  it('refuses too little voiced speech, heavy clipping and low SNR, naming each', () => {
    const v = quality({ ...good, voiced_s: 1.2, clipping_ratio: 0.02, snr_db: 6 });
    expect(v.ok).to.equal(false);
    expect(v.reasons).to.have.length(3);
    expect(v.reasons.join('\n'))
      .to.match(/too little voiced speech: 1\.2 s/)
      .and.match(/clipping: 2\.00 %/)
      .and.match(/signal-to-noise ratio: 6\.0 dB/);
  });

  it('does not hold an unknown SNR (no quiet stretch to measure) against the recording', () => {
    expect(quality({ ...good, snr_db: null }).ok).to.equal(true);
  });

  it('takes other limits when given', () => {
    expect(quality(good, { minVoicedS: 20, maxClippingRatio: 0, minSnrDb: 0 }).reasons).to.have.length(1);
  });
});
