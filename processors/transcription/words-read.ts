import type { Transcription } from '../../lib/results/index.js';
import type { StageContext } from '../stage.js';
import { clientTranscription } from './stt/transcript.js';

/** The words the stages after transcription read: its result, or, when it failed and was passed over because the
 * client sent its own words (an undecodable recording with a transcript), those words. */
export async function wordsRead(ctx: Pick<StageContext, 'results' | 'analysis'>): Promise<Transcription> {
  const transcribed = await ctx.results.read('transcription');
  return transcribed ?? clientTranscription(await ctx.analysis(), 'the transcription stage failed');
}
