import { z } from 'zod';
import type { Config } from '../../lib/config.js';
import { openAiClient, providerFailure, ProviderFallbackError } from '../openai-calls.js';
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
/** The part of the answer read: a 200 without the three self-harm scores is no grade, not "nothing found". */
const score = z.number().finite().min(0).max(1);
const answerSchema = z.object({
  results: z
    .array(
      z.object({
        category_scores: z.looseObject({
          'self-harm': score,
          'self-harm/intent': score,
          'self-harm/instructions': score,
        }),
      }),
    )
    .min(1),
});

export async function moderationFactors(
  redactedText: string,
  openai: Config['openai'],
  signal: AbortSignal,
): Promise<RiskFactor[]> {
  const client = openAiClient(openai);
  let res: unknown;
  try {
    res = await client.moderations.create({ model: openai.moderationModel, input: redactedText }, { signal });
  } catch (err) {
    throw providerFailure(err, openai.timeoutMs);
  }
  const answer = answerSchema.safeParse(res);
  if (!answer.success) throw new ProviderFallbackError('malformed answer');
  const scores = answer.data.results[0]!.category_scores;
  const out: RiskFactor[] = [];
  for (const l of LAYERS) {
    const s = scores[l.category];
    if (typeof s !== 'number' || !Number.isFinite(s) || s < FLOOR) continue;
    out.push({ layer: 'moderation', code: l.code, weight: Math.round(l.most * Math.min(1, s) * 1000) / 1000 });
  }
  return out;
}
