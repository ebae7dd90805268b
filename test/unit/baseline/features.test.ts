import { expect } from 'chai';
import { measure } from '../../../lib/baseline/features.js';
import type { Acoustics } from '../../../lib/results/acoustics.js';

describe('a session’s measures for the baseline', () => {
  it('gives loudness variability as sd over mean, whatever the phone’s gain', () => {
    expect(measure({ loudness_sd: 2, loudness_mean: 8 } as Acoustics, 'loudness_cv')).to.equal(0.25);
    expect(measure({ loudness_sd: 20, loudness_mean: 80 } as Acoustics, 'loudness_cv')).to.equal(0.25);
  });

  it('gives no loudness variability (null, never NaN or Infinity) when its figures are missing or not finite', () => {
    for (const [sd, mean] of [
      [Number.NaN, 1],
      [1, Number.NaN],
      [Number.POSITIVE_INFINITY, 1],
      [1, 0],
      [1, 1e-320],
      [null, 1],
    ])
      expect(measure({ loudness_sd: sd, loudness_mean: mean } as unknown as Acoustics, 'loudness_cv')).to.equal(null);
  });

  it('gives null for a measure that is missing or not finite', () => {
    expect(measure({} as Acoustics, 'f0_sd_st')).to.equal(null);
    expect(measure({ f0_sd_st: Number.NaN } as Acoustics, 'f0_sd_st')).to.equal(null);
    expect(measure({ f0_sd_st: 2.5 } as Acoustics, 'f0_sd_st')).to.equal(2.5);
  });
});
