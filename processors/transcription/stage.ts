import { extractAcousticFeatures, quality } from './acoustics/index.js';
import { createTranscriptionStage } from './transcription-stage.js';

/** The production transcription stage: the acoustic feature extractor of DESIGN §7 and the configured provider. */
export const transcriptionStage = createTranscriptionStage({
  extractor: { extract: extractAcousticFeatures, quality },
});
