import { fileURLToPath } from 'node:url';
import { emotionSchema } from '../../lib/results/emotion.js';
import type { Acoustics, Transcription } from '../../lib/results/index.js';
import { scoreEmotion } from '../../processors/emotion/stage.js';
import { loadClips, samplesOf } from './voice-features.js';

// Issue 9: CPU per analysis of the emotion stage's own work with local providers (goal ≤ 20 ms): the stage's
// scoreEmotion on the development clips' measures and check-in sentences. Baseline in the same run: validating and
// serialising the same result, which any stage pays.

const GOAL_MS = 20;

async function inputs(): Promise<Array<{ acoustics: Acoustics; transcription: Transcription }>> {
  // Check-in-like sentences in both languages, with reassurance, negation and code-switching.
  const texts = [
    'niko sawa tu lakini nimechoka sana na sina furaha',
    'I am fine just tired, work has been a lot this week and I cannot sleep',
    'leo nimefurahi sana because my exams went well 😊',
    'sijui, niko down sana siku hizi, hakuna kitu inaenda poa',
  ];
  const samples = samplesOf(await loadClips());
  return samples.map((s, i) => ({
    acoustics: s.a,
    transcription: {
      status: 'completed',
      provider: 'client',
      language: null,
      text: texts[i % texts.length]!,
      segments: null,
      reason: null,
    },
  }));
}

/** CPU ms per call of `fn` over all inputs, repeated until at least `minMs` of CPU went by. */
async function cpuPerCall<T>(items: T[], fn: (x: T) => unknown, minMs = 1500): Promise<number> {
  for (const x of items.slice(0, 50)) await fn(x); // warm the JIT
  let calls = 0;
  const c0 = process.cpuUsage();
  let spent = 0;
  while (spent < minMs) {
    for (const x of items) await fn(x);
    calls += items.length;
    const c = process.cpuUsage(c0);
    spent = (c.user + c.system) / 1000;
  }
  return spent / calls;
}

export async function benchEmotionCost(say: (line: string) => void = console.log): Promise<void> {
  const items = await inputs();
  const results = await Promise.all(items.map((x) => scoreEmotion(x.transcription, x.acoustics)));
  const stage = await cpuPerCall(items, async (x) =>
    emotionSchema.parse(await scoreEmotion(x.transcription, x.acoustics)),
  );
  const baseline = await cpuPerCall(results, (r) => JSON.stringify(emotionSchema.parse(r)));
  say(`\n[emotion cost] ${items.length} analyses (RAVDESS dev features, check-in sentences), local providers`);
  say(
    `  stage work ${(stage * 1000).toFixed(0)} µs CPU per analysis (goal ≤ ${GOAL_MS} ms: ${stage <= GOAL_MS ? 'PASS' : 'ABOVE'}); ` +
      `baseline (validate + serialise the same result) ${(baseline * 1000).toFixed(0)} µs; ratio ${(stage / baseline).toFixed(1)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchEmotionCost();
