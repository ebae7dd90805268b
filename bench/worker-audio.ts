import { Metrics } from '../lib/metrics.js';
import { openRuntime } from '../lib/runtime.js';
import { recordingTimings, type RecordingTimings } from '../processors/transcription/analyse-recording.js';
import { PIPELINE } from '../jobs/pipeline.js';
import { PROCESSORS } from '../processors/registry.js';
import { startWorker } from '../processors/worker.js';
import { serveParent } from './proc.js';

// The worker role with every production stage built (local providers: no speech-to-text), for the audio latency
// bench; it reports each recording pass's timings (spawn, probe, decode, features) in its stats.

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
  pipeline: PIPELINE,
  processors: PROCESSORS,
  metrics: new Metrics(),
});
parent.ready();
