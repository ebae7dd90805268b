import type OpenAI from 'openai';
import { z } from 'zod';
import type { Config } from '../../lib/config.js';
import { EMOTIONS, type Emotion } from '../../lib/results/emotion.js';
import { openAiClient, ProviderFallbackError as TextProviderError, providerFailure } from '../openai-calls.js';
import { withDeadline } from '../openai-deadline.js';
import { distribution } from './categories.js';

// Text emotion from OpenAI structured outputs (a strict JSON schema). The caller redacts the text first and falls
// back to the lexicons on anything here but a 429, which goes to the queue's rate limiter.

export {
  ProviderRateLimitedError as TextRateLimitedError,
  ProviderFallbackError as TextProviderError,
} from '../openai-calls.js';

const unit = z.number().min(0).max(1);
const answerSchema = z.object({
  categories: z.object(Object.fromEntries(EMOTIONS.map((e) => [e, unit])) as Record<Emotion, typeof unit>),
  valence: z.number().min(-1).max(1),
  language: z.enum(['en', 'sw', 'mixed', 'unknown']),
});

/** The same shape as JSON Schema for `response_format` (strict mode: every key required, nothing extra). */
const JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['categories', 'valence', 'language'],
  properties: {
    categories: {
      type: 'object',
      additionalProperties: false,
      required: [...EMOTIONS],
      properties: Object.fromEntries(EMOTIONS.map((e) => [e, { type: 'number' }])),
    },
    valence: { type: 'number', description: 'from -1 (very negative) to 1 (very positive)' },
    language: { type: 'string', enum: ['en', 'sw', 'mixed', 'unknown'] },
  },
} as const;

const INSTRUCTIONS = [
  'You rate the emotion expressed by the speaker of a short voice check-in transcript from East Africa,',
  'in English, Swahili, Sheng or a mix; it is speech-to-text output without punctuation.',
  'Give a probability for each of the seven categories (they sum to 1), the valence from -1 to 1 and the language.',
  'Reassurance or deflection ("niko sawa", "poa", "sijambo", "I\'m fine", "just tired") is not happiness.',
  'Placeholders such as [name] or [phone] stand for removed personal details.',
].join(' ');

export interface OpenAiTextEmotion {
  categories: Record<Emotion, number>;
  label: Emotion;
  valence: number;
  language: string;
}

export async function textEmotionWithOpenAI(
  redactedText: string,
  openai: Config['openai'],
  signal: AbortSignal,
): Promise<OpenAiTextEmotion> {
  const client = openAiClient(openai);
  let completion: OpenAI.Chat.Completions.ChatCompletion;
  try {
    completion = await withDeadline(signal, openai.timeoutMs, (signal) =>
      client.chat.completions.create(
        {
          model: openai.textModel,
          temperature: 0,
          messages: [
            { role: 'system', content: INSTRUCTIONS },
            { role: 'user', content: redactedText },
          ],
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'text_emotion', strict: true, schema: JSON_SCHEMA },
          },
        },
        { signal },
      ),
    );
  } catch (err) {
    throw providerFailure(err, openai.timeoutMs);
  }
  // A 200 whose body is empty, plain text or `{}` is as malformed as bad JSON: the lexicons take over.
  if (!Array.isArray(completion?.choices)) throw new TextProviderError('the provider answered malformed JSON');
  const message = completion.choices[0]?.message;
  if (message?.refusal) throw new TextProviderError('the provider refused to rate the text');
  const parsed = answerSchema.safeParse(safeJson(message?.content ?? ''));
  if (!parsed.success) throw new TextProviderError('the provider answered malformed JSON');
  return normalise(parsed.data);
}

/** Categories scaled to sum to 1: a model's numbers rarely do exactly. */
function normalise(a: z.infer<typeof answerSchema>): OpenAiTextEmotion {
  return { ...distribution(a.categories), valence: round(a.valence), language: a.language };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
