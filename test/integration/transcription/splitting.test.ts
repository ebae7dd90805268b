import fs from 'node:fs';
import { expect } from 'chai';
import { extractAcousticFeatures, quality } from '../../../processors/transcription/acoustics/index.js';
import { createTranscriptionStage } from '../../../processors/transcription/transcription-stage.js';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { allTestStages } from '../../setup/test-stages.js';
import { analyse } from './engine-helpers.js';
import { burstsIn, FakeOpenAI } from './fake-openai.js';
import { audioDir, silence, synth, tone } from './test-audio.js';

// Sound and pauses, in seconds: [sound, pause] pairs after a 0.3 s lead-in.
const LAYOUT: Array<[number, number]> = [
  [1.5, 0.6],
  [1.2, 1.0],
  [2.0, 0.5],
  [1.5, 1.2],
  [2.5, 0.8],
  [1.5, 1.0],
  [2.0, 0.3],
];
const LEAD_IN = 0.3;

/** Where each burst of sound lies on the recording's timeline. */
function expectedBursts(): Array<[number, number]> {
  let t = LEAD_IN;
  return LAYOUT.map(([sound, pause]) => {
    const burst: [number, number] = [t, t + sound];
    t += sound + pause;
    return burst;
  });
}

describe('long recordings: split at pauses for speech-to-text and stitched back onto one timeline', function () {
  this.timeout(120_000);
  const fake = new FakeOpenAI();
  let engine: Engine;
  before(async () => {
    await fake.start();
    // Pieces of at most 5 s (10 min in production) so that a 20 s recording needs several.
    const stage = createTranscriptionStage({
      extractor: { extract: extractAcousticFeatures, quality },
      split: { maxPieceS: 5, lookbackS: 2 },
    });
    engine = await startEngine('redis', [stage, ...allTestStages().filter((s) => s.name !== 'transcription')], {
      STT_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-test-key',
      OPENAI_BASE_URL: fake.baseUrl,
    });
  });
  after(async () => {
    await engine.stop();
    await fake.stop();
  });

  it('sends pieces no longer than the limit, each cut inside a pause, and puts every segment back where it was said', async () => {
    const inputs = [
      silence(LEAD_IN),
      ...LAYOUT.flatMap(([sound, pause], i) => [tone(sound, 180 + 20 * i), silence(pause)]),
    ];
    const file = synth(audioDir(), 'long.m4a', inputs, ['-c:a', 'aac', '-b:a', '96k']);
    const { auth } = await registerUser(engine.app);
    const done = await analyse(engine, auth, { audio: fs.readFileSync(file), fields: { language: 'en' } });
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');

    const pieces = await Promise.all(fake.requests.map((r) => burstsIn(r.audio)));
    expect(pieces.length).to.be.at.least(4);
    let start = 0;
    const pauses = expectedBursts().map(([, end], i) => [end, end + LAYOUT[i]![1]]);
    for (const [i, piece] of pieces.entries()) {
      expect(piece.duration, `piece ${i}`).to.be.at.most(5.02);
      if (i > 0) {
        const inPause = pauses.some(([a, b]) => start > a! && start < b!);
        expect(inPause, `piece ${i} starts at ${start}, not in a pause`).to.equal(true);
      }
      start += piece.duration;
    }
    expect(start).to.be.closeTo(done.result.acoustics.duration_s, 0.1);

    const segments = done.result.transcription.segments as Array<{ start: number; end: number }>;
    const found = segments.map((s) => [s.start, s.end]);
    expect(found).to.have.length(LAYOUT.length);
    for (const [i, [a, b]] of expectedBursts().entries()) {
      expect(found[i]![0], `burst ${i} start`).to.be.closeTo(a, 0.07);
      expect(found[i]![1], `burst ${i} end`).to.be.closeTo(b, 0.07);
    }
    // Each piece is prompted with the end of what came before it, for continuity across the cut.
    expect(fake.requests[1]!.fields.prompt).to.match(/burst \d$/);
  });
});
