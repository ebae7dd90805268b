import { expect } from 'chai';
import { PIPELINE } from '../../../jobs/pipeline.js';
import type { Runtime } from '../../../lib/runtime.js';
import { PROCESSORS, processorsFor } from '../../../processors/registry.js';
import type { StageDefinition } from '../../../processors/stage.js';
import { startWorker } from '../../../processors/worker.js';

const stage = (name: StageDefinition['name']): StageDefinition => ({
  name,
  timeoutMs: 1,
  concurrency: 1,
  run: async () => {},
});

describe('the processor registry', () => {
  it('has a processor for every stage of the production pipeline', () => {
    expect(processorsFor(PIPELINE, PROCESSORS).map((p) => p.name)).to.deep.equal([...PIPELINE]);
  });

  it('returns the processors in pipeline order', () => {
    const out = processorsFor(['transcription', 'risk'], [stage('risk'), stage('emotion'), stage('transcription')]);
    expect(out.map((p) => p.name)).to.deep.equal(['transcription', 'risk']);
  });

  it('refuses a pipeline naming a stage without a processor, and a stage with two', () => {
    expect(() => processorsFor(['transcription', 'emotion'], [stage('transcription')])).to.throw(/emotion/);
    expect(() => processorsFor(['risk'], [stage('risk'), stage('risk')])).to.throw(/two processors/);
  });

  it('keeps the worker from starting, before it touches any backend, when a processor is missing', async () => {
    const runtime = { config: {}, logger: {}, db: {}, databaseUrl: '', close: async () => {} } as unknown as Runtime;
    const err = await startWorker(runtime, {
      pipeline: ['transcription', 'emotion'],
      processors: [stage('transcription')],
    }).catch((e: Error) => e);
    expect(err)
      .to.be.instanceOf(Error)
      .with.property('message')
      .that.matches(/no processor for them/);
  });
});
