export { RESULT_KINDS, type ResultName, type ResultValue, type ResultWrite } from './catalogue.js';
export type { ResultKeys } from './kind.js';
export { ResultStore } from './result-store.js';
export type { Acoustics } from './acoustics.js';
export type { BaselineResult } from './baseline.js';
export type { EmotionResult } from './emotion.js';
export type { RecordingInfo } from './recording.js';
export type { RiskResult } from './risk.js';
export type { Segment, Transcription } from './transcription.js';
