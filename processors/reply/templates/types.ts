import type { REPLY_KINDS, REPLY_LANGUAGES } from '../../../lib/results/reply.js';

export type ReplyKind = (typeof REPLY_KINDS)[number];
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/** What a reply answers to (choose.ts says how it is read from emotion, dissonance and risk). */
export const MOODS = ['neutral', 'positive', 'low', 'anxious', 'angry', 'reassurance', 'concern', 'crisis'] as const;
export type Mood = (typeof MOODS)[number];

/** The kind each mood's reply is. */
export const KIND_OF: Record<Mood, ReplyKind> = {
  neutral: 'supportive',
  positive: 'supportive',
  low: 'empathetic',
  anxious: 'empathetic',
  angry: 'empathetic',
  reassurance: 'empathetic',
  concern: 'empathetic',
  crisis: 'crisis',
};

/** One language's templates: several per mood, so that a person does not read the same sentence day after day. */
export type TemplateSet = Record<Mood, readonly string[]>;

/** Where the crisis template lists the risk result's resources, one per line. */
export const RESOURCES = '{resources}';
