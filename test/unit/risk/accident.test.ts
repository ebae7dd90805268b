import { expect } from 'chai';
import { accidental, toldPlainly } from '../../../processors/risk/language/accident.js';
import { expectLevels } from '../../setup/risk-levels.js';

// accident.ts and its use in detect.ts and index.ts: a check-in that is nothing but an injury at an everyday task is
// followed up instead of escalated. Written from review 17's accidents and reviews 25–27's red teams (2026-12-03).

describe('accident: a check-in that is only an injury at an everyday task', () => {
  it('reads a cut at a cutting task or a burn at a hot one, with at most a day and an accident word', () => {
    expect(accidental('i cut myself while cooking dinner')).to.equal(true);
    expect(accidental('i accidentally cut myself while chopping onions')).to.equal(true);
    expect(accidental('i burned myself making tea this morning')).to.equal(true);
    expect(accidental('nimejikata kidole nikikata vitunguu')).to.equal(true);
    expect(accidental('nimejichoma nikipika chai')).to.equal(true);
    expect(accidental('nimejiumiza nikicheza mpira jana')).to.equal(true);
  });

  it('reads the day before the task as after it (reviews 25, 26 wanted these followed up, not escalated)', () => {
    expect(accidental('i cut myself this morning while making breakfast')).to.equal(true);
    expect(accidental('nilijikata kidole jana nikikata nyanya')).to.equal(true);
    expect(accidental('i cut myself last night while cooking')).to.equal(false);
    expect(accidental('nimejikata jana na leo nikipika')).to.equal(false);
  });

  it('reads no accident from an accident word alone, a razor, a wrist, a night, a repeat or anything more', () => {
    expect(accidental('nilijikata kwa bahati mbaya')).to.equal(false);
    expect(accidental('i accidentally cut myself with the razor on my wrist')).to.equal(false);
    expect(accidental('i cut myself while cooking last night')).to.equal(false);
    expect(accidental('i cut myself while cooking and i was cutting myself')).to.equal(false);
    expect(accidental('i burned myself on the stove with my hand in the pan')).to.equal(false);
    expect(accidental('i cut myself while cooking breakfast and lunch and dinner')).to.equal(false);
    expect(accidental('nimejikata jana na leo nikipika')).to.equal(false);
  });

  it('reads no accident at a bare cutting word, a razor, a hot thing alone, ironing or the farm (review 27)', () => {
    for (const t of [
      'i cut myself cutting',
      'i cut myself while slicing today',
      'i cut myself shaving',
      'nimejikata nikinyoa',
      'i burned myself on the stove',
      'nimejichoma nikipiga pasi',
      'nilijikata shambani',
    ])
      expect(accidental(t), t).to.equal(false);
  });

  it('never reads stabbing ("jichoma kisu"), a burn at a cutting task or harm said as harm as an accident', () => {
    expect(accidental('nimejichoma kisu nikipika')).to.equal(false);
    expect(accidental('nimejichoma nikikata nyama')).to.equal(false);
    expect(accidental('i self harmed while cooking')).to.equal(false);
    expect(accidental('nimejidhuru nikipika')).to.equal(false);
  });

  it('takes only a plainly written check-in at its word: no quotes, emoticons, emoji or trailing dots', () => {
    expect(toldPlainly('Nimejikata kidole nikikata vitunguu.')).to.equal(true);
    expect(toldPlainly('I cut myself, while cooking dinner!')).to.equal(true);
    for (const t of [
      "i 'accidentally' cut myself",
      'i cut myself ;)',
      'cut myself 🙃',
      'cut myself... accidentally',
      'i ＂cut＂',
    ])
      expect(toldPlainly(t), t).to.equal(false);
  });
});

describe('accident: levels', () => {
  it('follows an everyday accident up without escalating', () => {
    expectLevels({
      'I cut myself while chopping onions': 'medium',
      'Nimejikata kidole nikikata vitunguu.': 'medium',
      'I accidentally burned myself making tea this morning': 'medium',
      'nimejichoma nikipika chai': 'medium',
    });
  });

  it('keeps self-injury told with anything more, or with a wink, at critical', () => {
    expectLevels({
      'I cut myself': 'critical',
      'I accidentally cut myself again': 'critical',
      'i cut myself while cooking and i want to die': 'critical',
      'nimejikata makusudi nikipika': 'critical',
      "I cut myself while cooking. I'm fine": 'critical',
      'i *accidentally* cut myself while cooking': 'critical',
      "i 'accidentally' cut myself while cooking": 'critical',
      'i cut myself while cooking ;)': 'critical',
      'i cut myself while cooking 🙃': 'critical',
      'nimejichoma kisu nikipika': 'critical',
      'I cut myself shaving': 'critical',
      'I burned myself on the stove': 'critical',
    });
  });
});
