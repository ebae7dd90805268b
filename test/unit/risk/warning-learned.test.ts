import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors, detectCrisisLanguage } from '../../../processors/risk/language/index.js';
import {
  learnedWarning,
  WARNING_MODELS,
  warningModelMaySpeak,
} from '../../../processors/risk/language/warning-learned.js';
import firstModel from '../../../processors/risk/language/warning-model.json' with { type: 'json' };
import secondModel from '../../../processors/risk/language/warning-model-2.json' with { type: 'json' };
import { languageLevel } from '../../setup/risk-levels.js';

// The learned reading of warning signs (warning-learned.ts): high at most, only where the rules found no plan, act or
// active thought and settled nothing, never lowering what the rules found.
const codes = (text: string) => crisisLanguageFactors(text).map((f) => f.code);

describe('crisis language: warning signs, learned', () => {
  it('ships the first fitted model, its refit, a third, a fourth, a fifth and a sixth, each with a threshold inside (0, 1)', () => {
    expect(WARNING_MODELS).to.have.length(6);
    expect(WARNING_MODELS[0]).to.equal(firstModel);
    expect(WARNING_MODELS[1]).to.equal(secondModel);
    for (const model of WARNING_MODELS) {
      expect(Object.keys(model.weights).length).to.be.greaterThan(1000);
      expect(model.threshold).to.be.greaterThan(0).and.lessThan(1);
    }
  });

  it('raises a farewell in words no rule names to high, with the clause that weighs most', () => {
    for (const text of [
      'This week I gave away my radio and my good shoes, I thanked my mother for everything. After Sunday nobody will worry about me anymore.',
      'Nimeshawashukuru wote kwa kila kitu, wanangu watamtunza mama. Sitawasumbua tena.',
      'Nimemaliza kila kitu, wasee wangu watapata barua zangu asubuhi.',
    ]) {
      expect(languageLevel(text), text).to.equal('high');
      expect(codes(text), text).to.include('learned_warning_signs');
      const span = crisisLanguageFactors(text).find((f) => f.code === 'learned_warning_signs')!.span ?? '';
      expect(text.replace(/\s+/g, ' ')).to.include(span.replace(/…$/, ''));
    }
  });

  it('raises to high a farewell only the refit reads, beside the first model it keeps', () => {
    const text =
      'I gave my goats to my brother and told him where the title deed is. After Friday he will not need to ask me anything.';
    expect(learnedWarning(text, [WARNING_MODELS[0]!]), text).to.equal(undefined);
    expect(learnedWarning(text), text).to.not.equal(undefined);
    expect(codes(text)).to.include('learned_warning_signs');
    expect(languageLevel(text)).to.equal('high');
  });

  it('raises to high an interrupted attempt only the third model reads', () => {
    // A training item of train-act1.jsonl (TRAIN-ACT.md): no rule and neither earlier model reads it.
    const text = 'i was about to do it when my fone rang and it was my mum i just put everything away and cried';
    expect(learnedWarning(text, WARNING_MODELS.slice(0, 2)), text).to.equal(undefined);
    expect(learnedWarning(text), text).to.not.equal(undefined);
    expect(languageLevel(text)).to.equal('high');
  });

  it('stays silent on an ordinary day and on lookalikes it was not fitted on', () => {
    for (const text of [
      'Leo nimeenda sokoni nikanunua nyanya na vitunguu, kesho nitapika pilau.',
      'I finished my shift, ate ugali with my kids and now I am watching the news.',
      'I paid off my loan today, I feel so light.',
      'I feel calm since I decided to sell the cows, the market price is good this week.',
    ])
      expect(learnedWarning(text), text).to.equal(undefined);
  });

  it("does not speak where the rules found a plan or settled the words as someone else's or denied", () => {
    expect(warningModelMaySpeak(detectCrisisLanguage('I have decided, tomorrow I will kill myself'))).to.equal(false);
    expect(warningModelMaySpeak(detectCrisisLanguage('my friend wants to kill himself'))).to.equal(false);
    expect(warningModelMaySpeak(detectCrisisLanguage('I do not want to die'))).to.equal(false);
    expect(warningModelMaySpeak(detectCrisisLanguage('Nimechoka sana leo'))).to.equal(true);
  });

  it('never lowers a level: without its factor every text is graded the same or lower', () => {
    for (const text of [
      'Nimewaaga marafiki zangu wote leo, nimempa kaka yangu simu yangu. Msinitafute.',
      'I called each of my sisters tonight to thank them, they did not know why.',
      'nataka kufa',
      'I want to die tonight',
    ]) {
      const all = crisisLanguageFactors(text);
      const LEVELS = ['low', 'medium', 'high', 'critical'];
      const without = all.filter((f) => f.code !== 'learned_warning_signs');
      expect(LEVELS.indexOf(combine(all).level), text).to.be.at.least(LEVELS.indexOf(combine(without).level));
    }
  });
});
