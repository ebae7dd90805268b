import type { FlowJob } from 'bullmq';
import { expect } from 'chai';
import { analysisFlow, RISK_ATTEMPTS, stageJobId, stagesFrom, STAGE_JOB_OPTIONS } from '../../../jobs/catalogue.js';
import { PIPELINE } from '../../../jobs/pipeline.js';
import { STAGE_QUEUES, type StageName } from '../../../jobs/queues.js';

const ID = '3f1c2a8e-6b7d-4c5e-9f10-1a2b3c4d5e6f';
const USER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('the job catalogue', () => {
  const ids: Array<[StageName, number | undefined, string]> = [
    ['transcription', undefined, `${ID}-transcription`],
    ['transcription', 0, `${ID}-transcription`],
    ['risk', 0, `${ID}-risk`],
    ['emotion', 1, `${ID}-r1-emotion`],
    ['baseline', 12, `${ID}-r12-baseline`],
  ];
  for (const [stage, generation, id] of ids) {
    it(`names the ${stage} job of generation ${generation ?? 'absent'} ${id}`, () => {
      expect(stageJobId(ID, stage, generation)).to.equal(id);
      expect(id).to.not.include(':');
    });
  }

  const froms: Array<[readonly StageName[], StageName | undefined, StageName[]]> = [
    [STAGE_QUEUES, undefined, [...STAGE_QUEUES]],
    [STAGE_QUEUES, 'baseline', ['baseline', 'risk', 'reply']],
    [['transcription', 'risk'], 'emotion', ['risk']],
    [['transcription'], 'risk', []],
  ];
  for (const [pipeline, from, expected] of froms) {
    it(`runs ${expected.join(', ') || 'nothing'} of [${pipeline.join(', ')}] from ${from ?? 'the start'}`, () => {
      expect(stagesFrom(pipeline, from)).to.deep.equal(expected);
    });
  }

  const shapes: Array<[readonly StageName[], number]> = [
    [STAGE_QUEUES, 0],
    [['transcription', 'emotion'], 3],
    [['transcription'], 0],
  ];
  for (const [stages, generation] of shapes) {
    it(`builds one flow of [${stages.join(', ')}] (generation ${generation}) whose root is the last stage`, () => {
      const flow = analysisFlow({ analysis_id: ID, user_id: USER, generation }, stages)!;
      const chain: FlowJob[] = [];
      for (let node: FlowJob | undefined = flow; node; node = node.children?.[0]) {
        expect(node.children?.length ?? 0).to.be.at.most(1);
        chain.push(node);
      }
      expect(chain.map((n) => n.queueName)).to.deep.equal([...stages].reverse());
      for (const n of chain) {
        expect(n.opts).to.include({ jobId: stageJobId(ID, n.queueName as StageName, generation) });
        expect(n.opts?.attempts).to.equal(n.queueName === 'risk' ? RISK_ATTEMPTS : STAGE_JOB_OPTIONS.attempts);
        expect(n.data).to.deep.equal({ analysis_id: ID, user_id: USER, generation });
      }
    });
  }

  it('lets the stages after emotion and baseline run when those fail for good, and no others', () => {
    const options = new Map<string, FlowJob['opts']>();
    for (let node = analysisFlow({ analysis_id: ID, user_id: USER }); node; node = node.children?.[0])
      options.set(node.queueName, node.opts);
    for (const stage of ['emotion', 'baseline'])
      expect(options.get(stage), stage)
        .to.include({ ignoreDependencyOnFailure: true })
        .and.not.have.property('failParentOnFailure');
    for (const stage of ['transcription', 'risk', 'reply'])
      expect(options.get(stage), stage)
        .to.include({ failParentOnFailure: true })
        .and.not.have.property('ignoreDependencyOnFailure');
  });

  it('lets the stages after transcription run when it fails for good only if the client sent its words', () => {
    const opts = (clientWords: boolean) => {
      let node = analysisFlow({ analysis_id: ID, user_id: USER }, STAGE_QUEUES, { clientWords });
      while (node?.children?.[0]) node = node.children[0];
      return node?.opts;
    };
    expect(opts(true)).to.include({ ignoreDependencyOnFailure: true }).and.not.have.property('failParentOnFailure');
    expect(opts(false)).to.include({ failParentOnFailure: true }).and.not.have.property('ignoreDependencyOnFailure');
  });

  it('retries the risk stage for at least half an hour of waits before it fails for good', () => {
    const delay = (STAGE_JOB_OPTIONS.backoff as { delay: number; jitter: number }).delay;
    const jitter = (STAGE_JOB_OPTIONS.backoff as { delay: number; jitter: number }).jitter;
    let least = 0;
    for (let retry = 1; retry < RISK_ATTEMPTS; retry++) least += delay * 2 ** (retry - 1) * (1 - jitter);
    expect(least / 60_000).to.be.above(30);
  });

  it('builds no flow for an empty pipeline', () => {
    expect(analysisFlow({ analysis_id: ID, user_id: USER }, [])).to.equal(undefined);
  });

  it('keeps the production pipeline in DESIGN §6 order', () => {
    expect([...PIPELINE]).to.deep.equal(STAGE_QUEUES.filter((s) => PIPELINE.includes(s)));
  });
});
