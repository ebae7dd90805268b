import { expectLevels } from '../../setup/risk-levels.js';

// cues-plan-asked.ts (session 59, red teams 285 and 287, reviews 289–294): a clinician's or the check-in's plan question
// answered yes is a plan; "i said no" stays read as the question.

describe('crisis language: the plan question answered', () => {
  it('reads a bare plan question answered yes as a plan', () => {
    expectLevels({
      'the nurse asked kama niko na plan. ndio, niko nayo, and im going to do it kesho': 'critical',
      'the doctor asked if i have a plan i said yes': 'critical',
      'daktari aliniuliza kama nina mpango nikasema ndio': 'critical',
      'you asked if i have a plan. yup': 'critical',
      'counsellor aliuliza kama nimepanga, nikasema ndio': 'critical',
    });
  });

  it('leaves a plan for something, a safety plan or a yes taken back as it was', () => {
    expectLevels({
      'doctor asked if i have a plan. yes. a business plan for my chicken farm': 'low',
      'nurse aliniuliza kama niko na mpango nikasema ndio niko na mpango wa uzazi': 'low',
      'daktari aliuliza kama nina mpango, nikasema ndio, wa kurudi shule januari': 'low',
      'my boss asked if i have a plan yes i do': 'medium',
      'the counsellor asked if i have a safety plan yes i do': 'medium',
    });
  });

  it('keeps the alarm for "i said no", which is taken back in too many ways to read it as a denial', () => {
    expectLevels({
      'the nurse asked if i have a plan to kill myself i said no': 'critical',
      'the nurse asked if i have a plan to kill myself i said no, im stressed about rent': 'critical',
      'the nurse asked if i have a plan to kill myself i said no so i could go home': 'critical',
      'the nurse asked me if i have thoughts of killing myself i said no one at work even notices me': 'high',
      'nurse aliniuliza kama nataka kujiua nikamwambia hapana. aliamini. kazi imekuwa ngumu': 'high',
      'counsellor aliniuliza kama nataka kujiua nikasema hapana. mara ya kwanza ilikuwa kazini': 'high',
    });
  });
});
