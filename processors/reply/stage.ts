import type { ConversationTurn } from '../../lib/conversation/turns.js';
import { redact } from '../../lib/redaction/index.js';
import { ProviderFallbackError, ProviderRateLimitedError } from '../openai-calls.js';
import type { StageContext, StageDefinition } from '../stage.js';
import { languageOf, moodOf } from './choose.js';
import { moderated, type Candidate, type Plan } from './compose.js';
import { unusableReason } from './model-check.js';
import { replyWithOpenAI } from './openai-reply.js';
import { pickTemplate, withResources } from './templates/index.js';
import { wordsRead } from '../transcription/words-read.js';

// The reply stage (DESIGN §11): a short reply in the person's language, from OpenAI chat or the templates, always
// safety-moderated; at high or critical risk always the crisis template with the risk result's resources.
// Nothing here fails the analysis: whatever goes wrong with the model, the reply is a template and says why.

/** Latest replies whose templates the next one avoids (about a week of daily check-ins). */
const RECENT_REPLIES = 7;
/** A reply waits this long for the model at most, well inside the stage's timeout, before a template answers. */
const MODEL_WAIT_MS = 20_000;
/** The person's words kept in the conversation's memory (redacted, encrypted). */
const MAX_SAID = 1000;

export const replyStage: StageDefinition = {
  name: 'reply',
  timeoutMs: 60_000,
  concurrency: 8,
  run: async (ctx) => {
    const [transcription, emotion, risk, analysis] = await Promise.all([
      wordsRead(ctx),
      ctx.results.read('emotion'),
      ctx.results.read('risk'),
      ctx.analysis(),
    ]);
    const at = analysis.recorded_at ?? analysis.created_at;
    const words = transcription?.text?.trim() ? redact(transcription.text.trim()).text : undefined;
    const [turns, recent] = await Promise.all([
      ctx.conversation.earlier(at),
      ctx.conversation.recentTemplates(RECENT_REPLIES),
    ]);
    const mood = moodOf(risk, emotion);
    const language = languageOf(emotion, transcription, analysis.language);
    const plan: Plan = {
      mood,
      language,
      recent,
      analysisId: analysis.id,
      riskKnown: risk !== undefined,
      render: (t) => (mood === 'crisis' ? withResources(t.text, language, risk?.resources ?? []) : t.text),
    };
    const reply = moderated(await candidate(ctx, plan, words, turns), plan);
    if (reply.reason) ctx.logger.info({ reason: reply.reason }, 'reply from a template');
    if (reply.moderated) ctx.logger.warn({ flags: reply.moderation?.flags }, 'reply replaced by safety moderation');
    ctx.results.write('reply', reply);
    ctx.results.write(
      'turn',
      await ctx.conversation.seal({ said: words?.slice(0, MAX_SAID) ?? null, replied: reply.text }, at),
    );
  },
};

/** The model's reply when configured and usable; otherwise a template, with the reason when a model was configured. */
async function candidate(
  ctx: StageContext,
  plan: Plan,
  words: string | undefined,
  turns: readonly ConversationTurn[],
): Promise<Candidate> {
  const template = (reason?: string): Candidate => {
    const t = pickTemplate(plan.language, plan.mood, plan.recent, plan.analysisId);
    return { text: plan.render(t), provider: 'template', template: t, ...(reason ? { reason } : {}) };
  };
  // Crisis replies are never free text; without a model or words, there is nothing to ask it.
  if (plan.mood === 'crisis' || ctx.config.reply.provider !== 'openai') return template();
  if (!words) return template('no words to reply to: a template answered');
  // Unknown risk is not low risk: a model is asked only once the risk stage has graded these words.
  if (!plan.riskKnown) return template('no risk result for these words: a template answered');
  const openai = { ...ctx.config.openai, timeoutMs: Math.min(ctx.config.openai.timeoutMs, MODEL_WAIT_MS) };
  try {
    const reply = await replyWithOpenAI({ words, mood: plan.mood, language: plan.language, turns }, openai, ctx.signal);
    const unusable = unusableReason(reply, plan.language);
    return unusable ? template(unusable) : { text: reply.text, provider: 'openai' };
  } catch (err) {
    // A reply that waits minutes for a rate limit helps no one: the template answers now.
    if (err instanceof ProviderRateLimitedError) return template('the provider is rate limited');
    if (!(err instanceof ProviderFallbackError)) throw err;
    // A provider failure (a wrong key, an outage) is the operators' to see; a model's unusable reply is not.
    ctx.providerFellBack('openai', err, 'reply provider failed: a template answered');
    return template(err.reason);
  }
}
