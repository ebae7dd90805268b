import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emotionSchema, type EmotionResult } from '../../lib/results/emotion.js';
import type { Acoustics } from '../../lib/results/index.js';
import { dissonance } from '../../processors/emotion/dissonance.js';
import { lexiconEmotion } from '../../processors/emotion/text/index.js';
import { voiceAffect } from '../../processors/emotion/voice/index.js';

// Issue 9: CPU per analysis of the emotion stage with local providers (goal ≤ 20 ms), on the development clips'
// features and texts. Baseline in the same run: validating and serialising the same result, which any stage pays.

const here = path.dirname(fileURLToPath(import.meta.url));
const GOAL_MS = 20;

interface Clip {
  peak: Acoustics;
}

function inputs(): Array<{ acoustics: Acoustics; text: string }> {
  const { clips } = JSON.parse(readFileSync(path.join(here, 'data/voice/ravdess/features.json'), 'utf8')) as {
    clips: Clip[];
  };
  // Check-in-like sentences in both languages, with reassurance, negation and code-switching.
  const texts = [
    'niko sawa tu lakini nimechoka sana na sina furaha',
    'I am fine just tired, work has been a lot this week and I cannot sleep',
    'leo nimefurahi sana because my exams went well 😊',
    'sijui, niko down sana siku hizi, hakuna kitu inaenda poa',
  ];
  const acoustics = clips.map((c) => ({ ...c.peak, quality_ok: true, quality_reasons: [] }) as unknown as Acoustics);
  return acoustics.map((a, i) => ({ acoustics: a, text: texts[i % texts.length]! }));
}

function score(a: Acoustics, text: string): EmotionResult {
  const voiced = voiceAffect(a);
  const lexical = lexiconEmotion(text, 'auto');
  const t = {
    categories: lexical.categories,
    label: lexical.label,
    valence: lexical.valence,
    language: lexical.language,
  };
  return {
    voice: voiced.voice,
    text: { ...t, provider: 'lexicon' },
    dissonance: dissonance({ voice: voiced.voice, text: t, reassurance: lexical.reassurance }),
    reasons: { voice: voiced.voice ? null : voiced.reason, text: null },
    redacted: [],
  };
}

/** CPU ms per call of `fn` over all inputs, repeated until at least `minMs` of CPU went by. */
function cpuPerCall<T>(items: T[], fn: (x: T) => unknown, minMs = 1500): number {
  for (const x of items.slice(0, 50)) fn(x); // warm the JIT
  let calls = 0;
  const c0 = process.cpuUsage();
  let spent = 0;
  while (spent < minMs) {
    for (const x of items) fn(x);
    calls += items.length;
    const c = process.cpuUsage(c0);
    spent = (c.user + c.system) / 1000;
  }
  return spent / calls;
}

export function benchEmotionCost(say: (line: string) => void = console.log): void {
  const items = inputs();
  const results = items.map((x) => score(x.acoustics, x.text));
  const stage = cpuPerCall(items, (x) => emotionSchema.parse(score(x.acoustics, x.text)));
  const baseline = cpuPerCall(results, (r) => JSON.stringify(emotionSchema.parse(r)));
  say(`\n[emotion cost] ${items.length} analyses (RAVDESS dev features, check-in sentences), local providers`);
  say(
    `  stage work ${(stage * 1000).toFixed(0)} µs CPU per analysis (goal ≤ ${GOAL_MS} ms: ${stage <= GOAL_MS ? 'PASS' : 'ABOVE'}); ` +
      `baseline (validate + serialise the same result) ${(baseline * 1000).toFixed(0)} µs; ratio ${(stage / baseline).toFixed(1)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchEmotionCost();
