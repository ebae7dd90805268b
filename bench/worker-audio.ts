import { Metrics } from '../lib/metrics.js';
import { openRuntime } from '../lib/runtime.js';
import { recordingTimings, type RecordingTimings } from '../processors/transcription/analyse-recording.js';
import { transcriptionStage } from '../processors/transcription/stage.js';
import { startWorker } from '../processors/worker.js';
import { serveParent } from './proc.js';

// The worker role with the production transcription stage alone (local providers: no speech-to-text), for the
// audio latency bench; it reports each recording pass's timings (spawn, probe, decode, features) in its stats.

const runtime = await openRuntime('bench-worker-audio');
const passes: RecordingTimings[] = [];
recordingTimings.subscribe((message) => passes.push((message as { timings: RecordingTimings }).timings));
// Counted before startWorker so no statement escapes the counter; `passes` empties on each read.
const parent = serveParent(
  runtime.db,
  async () => {
    await stop();
    await runtime.close();
  },
  () => ({ passes: passes.splice(0) }),
);
const stop = await startWorker(runtime, {
  pipeline: ['transcription'],
  processors: [transcriptionStage],
  metrics: new Metrics(),
});
parent.ready();
