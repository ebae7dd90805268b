import type OpenAI from 'openai';
import type { Config } from '../../lib/config.js';
import { openAiClient, ProviderFallbackError, providerFailure } from '../openai-calls.js';
import { withDeadline } from '../openai-deadline.js';
import type { Mood, ReplyLanguage } from './templates/index.js';

// A reply from OpenAI chat completions, on redacted words only. The caller checks what comes back (model-check.ts)
// and safety-moderates it; anything wrong here makes the reply a template, never a failed analysis.

const LANGUAGE: Record<ReplyLanguage, string> = {
  en: 'English',
  sw: 'Swahili',
  mixed: 'the same mix of Swahili and English the person used',
};

const GUIDANCE: Record<Exclude<Mood, 'crisis'>, string> = {
  neutral: 'The person sounds calm; thank them for checking in.',
  positive: 'The person sounds well; share their good moment briefly.',
  low: 'The person sounds low or sad; acknowledge the feeling gently and suggest one small comforting step.',
  anxious: 'The person sounds worried; acknowledge it and offer one grounding step such as slow breathing.',
  angry: 'The person sounds angry or frustrated; validate the feeling without judging.',
  reassurance:
    'The person says they are fine but their voice sounds distressed; accept their words and gently leave room to say more.',
  concern:
    'The person may be thinking they would be better off not alive; respond with care, encourage them to talk today to someone they trust or a health worker, and to seek help straight away if they feel unsafe.',
};

const RULES = [
  'You write the reply of a voice check-in app for mental wellbeing in East Africa.',
  'Write 1 to 3 short, warm sentences (at most 60 words), in plain words, without lists or emoji.',
  'Never name or describe any way of harming oneself, even to warn against it; never diagnose a condition;',
  'never advise on medicines or doses; never be dismissive ("just pray", "get over it") or use stigmatising words;',
  'never promise secrecy or confidentiality (a care team may be alerted).',
  'Placeholders such as [name] or [phone] stand for removed personal details; do not repeat them.',
].join(' ');

export interface ModelTurn {
  said: string | null;
  replied: string;
}

export interface ModelReply {
  text: string;
  /** The model declined (its refusal field, or a content filter stopped it). */
  refused: boolean;
  /** It stopped at the token limit: the text is cut off. */
  truncated: boolean;
}

export async function replyWithOpenAI(
  input: { words: string; mood: Exclude<Mood, 'crisis'>; language: ReplyLanguage; turns: readonly ModelTurn[] },
  openai: Config['openai'],
  signal: AbortSignal,
): Promise<ModelReply> {
  const client = openAiClient(openai);
  const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
    { role: 'system', content: `${RULES} Reply in ${LANGUAGE[input.language]}. ${GUIDANCE[input.mood]}` },
    ...input.turns.flatMap((t): OpenAI.Chat.Completions.ChatCompletionMessageParam[] => [
      ...(t.said ? [{ role: 'user' as const, content: t.said }] : []),
      { role: 'assistant', content: t.replied },
    ]),
    { role: 'user', content: input.words },
  ];
  let completion: OpenAI.Chat.Completions.ChatCompletion;
  try {
    completion = await withDeadline(signal, openai.timeoutMs, (signal) =>
      client.chat.completions.create(
        { model: openai.replyModel, temperature: 0.7, max_tokens: 200, messages },
        { signal },
      ),
    );
  } catch (err) {
    throw providerFailure(err, openai.timeoutMs);
  }
  // A 200 whose body is empty, plain text or `{}` carries no reply: the stage falls back as for any failure.
  if (!Array.isArray(completion?.choices)) throw new ProviderFallbackError('malformed answer');
  const choice = completion.choices[0];
  const content: unknown = choice?.message?.content;
  // OpenAI-compatible servers may answer content as parts or another type: not a reply we can check.
  if (content !== null && content !== undefined && typeof content !== 'string')
    throw new ProviderFallbackError('malformed answer');
  return {
    text: content?.trim() ?? '',
    refused: Boolean(choice?.message?.refusal) || choice?.finish_reason === 'content_filter',
    truncated: choice?.finish_reason === 'length',
  };
}
