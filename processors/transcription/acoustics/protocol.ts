// Messages between extractAcousticFeatures (main thread) and a pooled analysis worker thread.
import type { AcousticFeatures } from './types.js';

export type ToWorker =
  | { type: 'chunk'; buffer: ArrayBuffer } // raw s16le bytes, transferred; the first one of a job starts it
  | { type: 'end'; transcriptWords?: number };

export type FromWorker =
  | { type: 'ready' } // the thread has loaded the analysis code
  | { type: 'ack'; bytes: number } // a chunk has been analysed: flow control for the sender
  | { type: 'result'; features: AcousticFeatures } // the job is done; the thread waits for the next one
  | { type: 'error'; message: string };
