import type { Config } from '../../lib/config.js';
import { openAiClient, providerFailure } from '../openai-calls.js';
import type { RiskFactor } from './combine.js';

// OpenAI moderation as one more risk layer (issue 11 item 2): the self-harm, self-harm/intent and
// self-harm/instructions scores of the redacted words, each a factor that can only raise the score. Weights: intent
// counts most (up to 0.9, critical only with near-certain intent), self-harm up to 0.6, asking for instructions up
// to 0.5; scores under 0.2 add nothing.

const LAYERS = [
  { category: 'self-harm/intent', code: 'self_harm_intent', most: 0.9 },
  { category: 'self-harm', code: 'self_harm', most: 0.6 },
  { category: 'self-harm/instructions', code: 'self_harm_instructions', most: 0.5 },
] as const;
const FLOOR = 0.2;

export async function moderationFactors(
  redactedText: string,
  openai: Config['openai'],
  signal: AbortSignal,
): Promise<RiskFactor[]> {
  const client = openAiClient(openai);
  let scores: Record<string, number>;
  try {
    const res = await client.moderations.create({ model: openai.moderationModel, input: redactedText }, { signal });
    scores = (res.results[0]?.category_scores ?? {}) as unknown as Record<string, number>;
  } catch (err) {
    throw providerFailure(err, openai.timeoutMs);
  }
  const out: RiskFactor[] = [];
  for (const l of LAYERS) {
    const s = scores[l.category];
    if (typeof s !== 'number' || !Number.isFinite(s) || s < FLOOR) continue;
    out.push({ layer: 'moderation', code: l.code, weight: Math.round(l.most * Math.min(1, s) * 1000) / 1000 });
  }
  return out;
}
