import type { StoredReply } from '../../lib/results/reply.js';
import { checkReply, type SafetyFlag } from './safety/check.js';
import { KIND_OF, pickTemplate, type Mood, type ReplyLanguage, type Template } from './templates/index.js';

// The last step of every reply: safety moderation of the candidate, and the safe template that replaces a flagged one.

export interface Candidate {
  text: string;
  provider: 'openai' | 'template';
  template?: Template;
  /** Why a template answered although a model was configured. */
  reason?: string;
}

export interface Plan {
  mood: Mood;
  language: ReplyLanguage;
  /** Template ids of the person's latest replies, newest first. */
  recent: readonly string[];
  analysisId: string;
  /** The risk stage graded these words (a reply re-run on an older analysis may find no risk result). */
  riskKnown: boolean;
  /** Fills a crisis template's resource list (which comes from configuration, not from a model). */
  render(template: Template): string;
}

/** The candidate if it passes the safety rules; else a template of the same mood, itself checked. */
export function moderated(candidate: Candidate, plan: Plan): StoredReply {
  // A crisis template's resource lines are official configuration: the rules check the template's own words.
  const flags = checkReply(candidate.template?.text ?? candidate.text);
  if (flags.length === 0) return stored(candidate, plan, { checked: candidate.provider, flags, replaced: false });
  const template = safeTemplate(plan, candidate.template?.id);
  return stored({ text: plan.render(template), provider: 'template', template, reason: candidate.reason }, plan, {
    checked: candidate.provider,
    flags,
    replaced: true,
  });
}

/** A template of the plan's mood other than `not` (a flagged template); the tests hold every template to the rules. */
function safeTemplate(plan: Plan, not?: string): Template {
  return pickTemplate(plan.language, plan.mood, not ? [not, ...plan.recent] : plan.recent, plan.analysisId);
}

function stored(
  c: Candidate,
  plan: Plan,
  moderation: { checked: 'openai' | 'template'; flags: SafetyFlag[]; replaced: boolean },
): StoredReply {
  return {
    text: c.text,
    language: plan.language,
    kind: KIND_OF[plan.mood],
    provider: c.provider,
    moderated: moderation.replaced,
    template_id: c.template?.id ?? null,
    moderation,
    reason: c.reason ?? null,
  };
}
