import { expect } from 'chai';
import { presentTense, saidAlone } from '../../../processors/risk/language/life-course.js';
import { expectLevels } from '../../setup/risk-levels.js';

// life-course.ts and its use in detect.ts: the present tense "namaliza maisha yangu" is read only said alone. Written
// from reviews 21, 22 and 28 (2026-12-03).

describe('life course: the present tense of "maliza maisha yangu"', () => {
  it('knows the present tense and spoken future, not the written future or the infinitive', () => {
    expect(presentTense(' namaliza maisha yangu ')).to.equal(true);
    expect(presentTense(' ninamaliza maisha yangu ')).to.equal(true);
    expect(presentTense(' ntamaliza maisha yangu ')).to.equal(true);
    expect(presentTense(' nitamaliza maisha yangu ')).to.equal(false);
    expect(presentTense(' kumaliza maisha yangu ')).to.equal(false);
  });

  it('reads it said alone, with fillers, a time, despair or a goodbye at most', () => {
    expect(saidAlone(' ninamaliza maisha yangu ', 'ninamaliza maisha yangu')).to.equal(true);
    expect(saidAlone(' namaliza maisha yangu ', 'mimi namaliza maisha yangu bana')).to.equal(true);
    expect(saidAlone(' ntamaliza maisha yangu ', 'ntamaliza maisha yangu wiki ijayo')).to.equal(true);
    expect(saidAlone(' namaliza maisha yangu ', 'nimechoka na kila kitu namaliza maisha yangu kwaheri')).to.equal(true);
    expect(saidAlone(' namaliza maisha yangu ', 'namaliza maisha yangu ya campus')).to.equal(false);
    expect(saidAlone(' ntamaliza maisha yangu ', 'ntamaliza maisha yangu kijijini')).to.equal(false);
    expect(saidAlone(' ntamaliza maisha yangu ', 'ntamaliza maisha yangu ya kazi ijumaa hii')).to.equal(false);
  });
});

describe('life course: levels', () => {
  it('escalates "I am ending my life" said alone or with a time or despair, as in English', () => {
    expectLevels({
      'ninamaliza maisha yangu': 'high',
      'Namaliza maisha yangu.': 'high',
      'mimi namaliza maisha yangu bana': 'high',
      'namaliza maisha yangu period': 'high',
      'ntamaliza maisha yangu wiki ijayo': 'critical',
      'i am ending my life': 'high',
    });
  });

  it('leaves a stage of life or a life lived out where it was', () => {
    expectLevels({
      'namaliza maisha yangu tu': 'low', // medium until the sixth reading's doubt (session 44)
      'namaliza maisha yangu ya campus na nimeamua kumaliza maisha yangu': 'high',
      'ninamaliza maisha yangu hostel mwezi huu': 'low',
    });
  });
});

describe('life course: "before this week ends" as a time said with it (red team 195)', () => {
  it('reads "ntamaliza maisha yangu kabla wiki hii haijaisha" said alone', () => {
    expectLevels({
      'ntamaliza maisha yangu kabla wiki hii haijaisha': 'high',
      'namaliza maisha yangu kabla mwezi huu haujaisha': 'high',
    });
  });

  it('leaves studies, and a life moved elsewhere, where they were', () => {
    expectLevels({
      'ntamaliza masomo yangu kabla wiki hii haijaisha': 'low',
      'ntamaliza maisha yangu hapa nairobi kabla mwezi haujaisha nahamia mombasa': 'medium', // the learned reading, as before
    });
  });
});
