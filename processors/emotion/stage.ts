import { redact } from '../../lib/redaction/index.js';
import type { EmotionResult } from '../../lib/results/emotion.js';
import type { Acoustics, Transcription } from '../../lib/results/index.js';
import type { StageContext, StageDefinition } from '../stage.js';
import { dissonance } from './dissonance.js';
import { lexiconEmotion, type LexiconEmotion } from './text/index.js';
import { TextProviderError, TextRateLimitedError, textEmotionWithOpenAI } from './text-openai.js';
import { wordsRead } from '../transcription/words-read.js';
import { baselineFrom } from './voice/features.js';
import { voiceAffect, type FeatureBaseline } from './voice/index.js';

// The emotion stage (DESIGN §8): voice affect from the acoustic features, text emotion from the transcript, and
// the dissonance between them. Nothing the person did fails it: what is missing is null with its reason.

type TextResult = NonNullable<EmotionResult['text']>;
interface RatedText {
  result: TextResult;
  reason: string | null;
  redacted: string[];
}
/** Rates the words; the lexicons' own reading is given, as every rater may fall back to it. */
export type TextRater = (words: string, lexical: LexiconEmotion) => Promise<RatedText>;

export const emotionStage: StageDefinition = {
  name: 'emotion',
  // Longer than one OpenAI request may take (OPENAI_TIMEOUT_MS, 120 s by default): a slow provider falls back to
  // the lexicons instead of timing the stage out.
  timeoutMs: 180_000,
  concurrency: 8,
  run: async (ctx) => {
    const [transcription, acoustics] = await Promise.all([wordsRead(ctx), ctx.results.read('acoustics')]);
    const rate = ctx.config.textEmotionProvider === 'openai' ? openAiRater(ctx) : lexiconRater;
    const baseline = acoustics?.quality_ok ? await personalBaseline(ctx) : undefined;
    ctx.results.write('emotion', await scoreEmotion(transcription, acoustics, rate, baseline));
  },
};

/** The person's baseline as it stood for this session, once established (the voice is then read against it). */
async function personalBaseline(ctx: StageContext): Promise<FeatureBaseline | undefined> {
  const earlier = await ctx.history();
  return earlier.length >= ctx.config.baseline.minSessions ? baselineFrom(earlier.map((s) => s.acoustics)) : undefined;
}

/** `result.emotion` from what the transcription stage stored; the text rated by `rate`. */
export async function scoreEmotion(
  transcription: Transcription | undefined,
  acoustics: Acoustics | undefined,
  rate: TextRater = lexiconRater,
  baseline?: FeatureBaseline,
): Promise<EmotionResult> {
  const voiced = acoustics ? voiceAffect(acoustics, baseline) : { voice: null, reason: 'no recording: text only' };
  const words = transcription?.text?.trim() ? transcription.text : undefined;
  const language =
    transcription?.language === 'en' || transcription?.language === 'sw' ? transcription.language : 'auto';
  // The lexicons always run: they find the reassurance phrases that dissonance needs, whoever rates the text.
  const lexical = words === undefined ? undefined : lexiconEmotion(words, language);
  const text = words && lexical ? await rate(words, lexical) : undefined;
  const reasons = {
    voice: voiced.voice ? null : voiced.reason,
    text: text ? text.reason : noTextReason(transcription),
  };
  return {
    voice: voiced.voice,
    text: text?.result ?? null,
    dissonance: dissonance({
      voice: voiced.voice,
      text: text?.result ?? null,
      reassurance: lexical?.reassurance ?? [],
    }),
    reasons,
    redacted: text?.redacted ?? [],
  };
}

const fromLexicon = (l: LexiconEmotion, reason: string | null, redacted: string[] = []): RatedText => ({
  result: { categories: l.categories, label: l.label, valence: l.valence, language: l.language, provider: 'lexicon' },
  reason,
  redacted,
});

/** The local lexicons: nothing leaves the worker. */
export const lexiconRater: TextRater = async (_words, lexical) => fromLexicon(lexical, null);

/** OpenAI on the redacted words; the lexicons when it fails, but for a 429, which waits in the rate limiter until
 * more waiting would fail the analysis (and with it the risk stage after this one). */
function openAiRater(ctx: StageContext): TextRater {
  return async (words, lexical) => {
    const { text, kinds } = redact(words);
    try {
      const rated = await textEmotionWithOpenAI(text, ctx.config.openai, ctx.signal);
      return { result: { ...rated, provider: 'openai' }, reason: null, redacted: kinds };
    } catch (err) {
      if (err instanceof TextRateLimitedError && (await ctx.mayDefer())) throw await ctx.rateLimited(err.retryAfterMs);
      const failure =
        err instanceof TextRateLimitedError ? new TextProviderError('rate limited past the wait allowed') : err;
      if (!(failure instanceof TextProviderError)) throw failure;
      ctx.providerFellBack('openai', failure, 'text emotion provider failed: using the lexicons');
      return fromLexicon(lexical, `openai: ${failure.reason}; rated by the lexicons`, kinds);
    }
  };
}

function noTextReason(transcription: Transcription | undefined): string {
  if (!transcription) return 'no transcription result';
  if (transcription.status !== 'completed') return transcription.reason ?? 'no transcript';
  return 'the transcript is empty';
}
