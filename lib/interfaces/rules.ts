import { z } from 'zod';

// The nightly personalisation's rules (RULES.md beside this file says the same in words): a person's recent
// check-ins in, one interface configuration out. Pure: no clock, no database, no ids.

export const THEMES = ['balanced', 'crisis', 'calming', 'warm', 'grounding', 'uplifting'] as const;
export const RULE_CODES = [
  'default',
  'recent_high_risk',
  'anxiety',
  'sadness',
  'anger',
  'declining_trajectory',
  'positive_mood',
  'improving_trajectory',
  'steady',
] as const;
const RISK_ORDER = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_ORDER)[number];
export type Trajectory = 'improving' | 'stable' | 'declining';

export const interfaceConfigSchema = z.object({
  theme: z.enum(THEMES),
  /** Which rule chose the theme (RULES.md). */
  rule: z.enum(RULE_CODES),
  content: z.object({
    language: z.enum(['en', 'sw', 'mixed']),
    check_in_prompt: z.enum(['safety_first', 'gentle', 'open', 'celebrate', 'steady', 'how_are_you_really']),
    exercises: z.array(z.string()),
    show_crisis_resources: z.boolean(),
    show_support_resources: z.boolean(),
    reminder: z.enum(['daily', 'usual']),
  }),
  /** Completed check-ins of the last 30 days the choice was made from (0 for the default). */
  sessions: z.number().int().min(0),
});
export type InterfaceConfig = z.infer<typeof interfaceConfigSchema>;

/** What the rules read about one person: their completed check-ins of the last 30 days, the last 7 days' details. */
export interface PersonInputs {
  /** Completed check-ins in the last 30 days. */
  sessions: number;
  /** Highest risk level of the last 7 days, null when none was assessed. */
  maxRisk: RiskLevel | null;
  /** Voice and text emotion labels of the last 7 days' check-ins (either may be missing per check-in). */
  labels: string[];
  /** Dissonance levels of the last 7 days' check-ins. */
  dissonance: string[];
  /** Text languages of the last 30 days' check-ins (en, sw, mixed, unknown). */
  languages: string[];
  /** The newest baseline trajectory direction of the last 30 days, null while collecting. */
  trajectory: Trajectory | null;
}

/** The interface of a person without enough history: what GET /v1/me/interface shows before any night wrote one. */
export const DEFAULT_INTERFACE: InterfaceConfig = {
  theme: 'balanced',
  rule: 'default',
  content: {
    language: 'mixed',
    check_in_prompt: 'steady',
    exercises: ['reflection'],
    show_crisis_resources: false,
    show_support_resources: false,
    reminder: 'usual',
  },
  sessions: 0,
};

// Theme, its prompt and exercises; the first rule that applies wins (order of CHOICES).
type Choice = Pick<InterfaceConfig, 'theme' | 'rule'> & { prompt: InterfaceConfig['content']['check_in_prompt'] };
const EXERCISES: Record<(typeof THEMES)[number], string[]> = {
  crisis: ['breathing', 'reach_out'],
  calming: ['slow_breathing', 'grounding_5_4_3_2_1'],
  warm: ['reach_out', 'small_steps'],
  grounding: ['pause_and_breathe', 'body_scan'],
  uplifting: ['gratitude', 'celebrate_progress'],
  balanced: ['reflection'],
};
// Ties between emotions go to the more concerning one.
const CONCERN = ['fear', 'sad', 'angry', 'disgust', 'happy'] as const;

/** The most frequent non-neutral emotion of the week, if it came up at least twice and at least as often as any other. */
export function dominantEmotion(labels: string[]): (typeof CONCERN)[number] | null {
  const count = (e: string) => labels.filter((l) => l === e).length;
  let best: (typeof CONCERN)[number] | null = null;
  for (const e of CONCERN) if (count(e) >= 2 && (best === null || count(e) > count(best))) best = e;
  return best;
}

function choose(p: PersonInputs): Choice {
  const risk = p.maxRisk ? RISK_ORDER.indexOf(p.maxRisk) : -1;
  if (risk >= RISK_ORDER.indexOf('high')) return { theme: 'crisis', rule: 'recent_high_risk', prompt: 'safety_first' };
  const emotion = dominantEmotion(p.labels);
  if (emotion === 'fear') return { theme: 'calming', rule: 'anxiety', prompt: 'gentle' };
  if (emotion === 'sad') return { theme: 'warm', rule: 'sadness', prompt: 'gentle' };
  if (emotion === 'angry' || emotion === 'disgust') return { theme: 'grounding', rule: 'anger', prompt: 'open' };
  if (p.trajectory === 'declining') return { theme: 'warm', rule: 'declining_trajectory', prompt: 'gentle' };
  if (emotion === 'happy') return { theme: 'uplifting', rule: 'positive_mood', prompt: 'celebrate' };
  if (p.trajectory === 'improving') return { theme: 'uplifting', rule: 'improving_trajectory', prompt: 'celebrate' };
  return { theme: 'balanced', rule: 'steady', prompt: 'steady' };
}

/** The language most of the person's words were in; mixed when they mix or nothing was read. */
function languageOf(languages: string[]): InterfaceConfig['content']['language'] {
  const n = (l: string) => languages.filter((x) => x === l).length;
  if (n('en') > n('sw') + n('mixed')) return 'en';
  if (n('sw') > n('en') + n('mixed')) return 'sw';
  return 'mixed';
}

/** One person's interface from their recent check-ins. Callers decide who has enough history (minSessions). */
export function chooseInterface(p: PersonInputs): InterfaceConfig {
  const choice = choose(p);
  const crisis = choice.theme === 'crisis';
  // Words that say "fine" over a voice that does not, more than once this week: ask again, openly.
  const dissonant = p.dissonance.filter((l) => l === 'medium' || l === 'high').length >= 2;
  return {
    theme: choice.theme,
    rule: choice.rule,
    content: {
      language: languageOf(p.languages),
      check_in_prompt: !crisis && dissonant ? 'how_are_you_really' : choice.prompt,
      exercises: EXERCISES[choice.theme],
      show_crisis_resources: crisis,
      show_support_resources: crisis || p.maxRisk === 'medium',
      reminder: crisis || choice.rule === 'declining_trajectory' ? 'daily' : 'usual',
    },
    sessions: p.sessions,
  };
}
