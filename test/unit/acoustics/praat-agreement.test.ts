import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { agreement, analyse, decode, FIXTURE_DIR, fixtures, praat, sha256, type PraatMeasures } from './helpers.js';

// DESIGN §7 / issue 4: on speech, F0 median within 3 %, jitter and shimmer within 25 % (relative) and HNR within
// 2 dB of Praat's values for the same file. Praat runs live on fixtures generated in this run; the committed
// praat-reference.json is checked too wherever today's fixture is the same audio it was recorded from.

interface Reference {
  fixtures: Record<string, { sha256: string; praat: PraatMeasures }>;
}

function expectAgreement(name: string, ours: ReturnType<typeof analyse>, ref: PraatMeasures): void {
  const a = agreement(ours, ref);
  const what = `${name}: ours ${JSON.stringify(ours)} vs Praat ${JSON.stringify(ref)}`;
  expect(a.f0MedianRel, `F0 median, ${what}`).to.be.below(0.03);
  expect(ours.jitter_local_pct === null, `jitter defined, ${what}`).to.equal(ref.jitter_local_pct === null);
  if (a.jitterRel !== null) expect(a.jitterRel, `jitter, ${what}`).to.be.below(0.25);
  if (a.shimmerRel !== null) expect(a.shimmerRel, `shimmer, ${what}`).to.be.below(0.25);
  if (a.hnrDiffDb !== null) expect(a.hnrDiffDb, `HNR, ${what}`).to.be.below(2);
  expect(ours.hnr_db === null).to.equal(ref.hnr_db === null);
}

describe('acoustics: agreement with Praat', function () {
  this.timeout(120_000);
  const { dir, fixtures: list } = fixtures();
  const measured = list.filter((f) => f.kind === 'speech' || f.kind === 'human' || f.kind === 'pauses');

  for (const f of measured) {
    it(`${f.name}: F0 median within 3 %, jitter and shimmer within 25 %, HNR within 2 dB of Praat run now`, () => {
      const file = path.join(dir, f.file);
      expectAgreement(f.name, analyse(decode(file)), praat(file));
    });
  }

  it('espeak voices at low, middle and high pitches and slow to fast rates are all covered', () => {
    const speech = list.filter((f) => f.kind === 'speech').map((f) => f.name);
    for (const p of [25, 50, 80]) for (const s of [130, 175, 230]) expect(speech).to.include(`en_p${p}_s${s}`);
    expect(speech.some((n) => n.startsWith('sw_'))).to.equal(true);
  });

  it('includes real human speech (Debian pocketsphinx-testdata and alsa-utils, installed by .ci/run)', () => {
    expect(list.filter((f) => f.kind === 'human').length).to.be.at.least(3);
  });

  it('agrees with the committed Praat reference for every fixture regenerated bit-identically', function () {
    const reference = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'praat-reference.json'), 'utf8')) as Reference;
    let compared = 0;
    for (const f of measured) {
      const stored = reference.fixtures[f.name];
      if (!stored) continue;
      const pcm = decode(path.join(dir, f.file));
      if (sha256(pcm) !== stored.sha256) continue;
      expectAgreement(`${f.name} (recorded)`, analyse(pcm), stored.praat);
      compared++;
    }
    if (compared === 0) this.skip(); // another espeak-ng/sox build: the live comparison above still ran
  });
});
