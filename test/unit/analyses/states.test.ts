import { expect } from 'chai';
import {
  ANALYSIS_STATUSES,
  nextStatus,
  TRANSITIONS,
  type AnalysisStatus,
  type Transition,
} from '../../../lib/analyses/states.js';

// Every transition from every status: the table the lifecycle store's WHERE clauses are built from.
const EXPECTED: Record<Transition, Partial<Record<AnalysisStatus, AnalysisStatus>>> = {
  startStage: { queued: 'processing', processing: 'processing' },
  completeStage: { queued: 'processing', processing: 'processing' },
  completeLastStage: { queued: 'completed', processing: 'completed' },
  deferStage: { queued: 'queued', processing: 'processing' },
  retryStage: { queued: 'processing', processing: 'processing' },
  failStage: { queued: 'failed', processing: 'failed' },
  failStagePassedOver: { queued: 'processing', processing: 'processing' },
  completeEmpty: { queued: 'completed' },
  startGeneration: { queued: 'queued', processing: 'queued', completed: 'queued', failed: 'queued' },
  resume: { queued: 'queued', processing: 'processing' },
};

describe('analysis state transitions', () => {
  it('names every transition the table covers, and no other', () => {
    expect(Object.keys(TRANSITIONS).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [transition, outcomes] of Object.entries(EXPECTED) as Array<[Transition, (typeof EXPECTED)[Transition]]>) {
    for (const from of ANALYSIS_STATUSES) {
      const to = outcomes[from];
      it(`${transition} from ${from} ${to ? `leads to ${to}` : 'is refused'}`, () => {
        expect(nextStatus(from, transition)).to.equal(to);
      });
    }
  }

  it('never moves a canceled analysis, whatever the transition', () => {
    for (const t of Object.keys(TRANSITIONS) as Transition[]) expect(nextStatus('canceled', t), t).to.equal(undefined);
  });
});
