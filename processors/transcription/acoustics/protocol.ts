// Messages between extractAcousticFeatures (main thread) and the analysis worker thread.
import type { AcousticFeatures } from './types.js';

export type ToWorker =
  | { type: 'chunk'; buffer: ArrayBuffer } // raw s16le bytes, transferred
  | { type: 'end'; transcriptWords?: number };

export type FromWorker =
  | { type: 'ack'; bytes: number } // a chunk has been analysed: flow control for the sender
  | { type: 'result'; features: AcousticFeatures }
  | { type: 'error'; message: string };
