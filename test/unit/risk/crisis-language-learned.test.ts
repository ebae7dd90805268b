import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';
import {
  features,
  IDEATION_MODELS,
  learnedIdeation,
  probability,
  type LearnedModel,
} from '../../../processors/risk/language/learned.js';
import firstModel from '../../../processors/risk/language/learned-model.json' with { type: 'json' };
import secondModel from '../../../processors/risk/language/learned-model-2.json' with { type: 'json' };
import checkModel from '../../../processors/risk/language/learned-check.json' with { type: 'json' };
import sixthModel from '../../../processors/risk/language/learned-model-6.json' with { type: 'json' };

const model: LearnedModel = {
  bias: -3,
  threshold: 0.7,
  weights: { easy: 2, easy_way: 2, way_out: 1.5, long_road: 3.2 },
};

describe('the learned layer of crisis language', () => {
  it('reads words and word pairs as the rules normalise them, never a masked method', () => {
    expect(features("I'm taking the [method] way")).to.have.members([
      'i',
      'am',
      'taking',
      'the',
      'way',
      'i_am',
      'am_taking',
      'taking_the',
      'the_way',
    ]);
  });

  it('leaves out what was said in passing at the end: a filler, "you know" or a placeholder', () => {
    const plain = features('I just want to give up');
    for (const end of [' honestly', ' so yeah', ' asante sana', ', you know.', ' thank you', ' [name]'])
      expect(features(`I just want to give up${end}`), end).to.have.members(plain);
    expect(features('I am not okay')).to.include('not_okay');
  });

  it('keeps an ordinary text low whatever filler closes it (a review found "… honestly" raising 576 of 9,858)', () => {
    const ordinary = [
      "I don't care about school anymore, I can't do it I just want to give up",
      'There is a strong pain in my stomach that reminds me I am still alive',
      'Wakati mwingine vipimo unavyo ambiwa na daktari ukapimwe huwa ni vya kushtua ukilinganisha na maelezo ulompa',
    ];
    for (const text of ordinary)
      for (const end of [' honestly', ' asante', ' you know'])
        expect(combine(crisisLanguageFactors(text + end)).level, text + end).to.equal('low');
  });

  it('speaks from its threshold, showing the clause that weighs most, not the whole text', () => {
    const found = learnedIdeation('Work was long today. I keep thinking of the easy way out', model);
    expect(found?.p).to.be.above(0.7);
    expect(found?.span).to.equal('I keep thinking of the easy way out');
    expect(learnedIdeation('Work was long today, the way home was slow', model)).to.equal(undefined);
  });

  it('speaks when any of its models reaches that model’s own threshold, so a refit never drops what another read', () => {
    const other: LearnedModel = { bias: -3, threshold: 0.5, weights: { kuchoka: 3 } };
    const text = 'Nimechoka kuchoka, I keep thinking of the easy way out';
    // The first model that reads the text shows its span.
    expect(learnedIdeation(text, [other, model])?.span).to.equal('Nimechoka kuchoka');
    expect(learnedIdeation(text, [model, other])?.span).to.equal('I keep thinking of the easy way out');
    // p = 0.5 reaches the other model's own threshold, whichever comes first, but not the first model's 0.7.
    expect(learnedIdeation('kuchoka tu', [model, other])?.p).to.equal(0.5);
    expect(learnedIdeation('kuchoka tu', [model])).to.equal(undefined);
    // p ≈ 0.55 under the first model: above the other's threshold, below its own, so no model reads it.
    expect(learnedIdeation('a long road', [model, other])).to.equal(undefined);
  });

  it('counts a model’s reading only where its check reaches the check’s own threshold too', () => {
    const check: LearnedModel = { bias: -3, threshold: 0.5, weights: { thinking: 4 } };
    const text = 'I keep thinking of the easy way out';
    expect(learnedIdeation(text, { ...model, check })?.span).to.equal(text);
    expect(learnedIdeation('the easy way out, the long road', { ...model, check })).to.equal(undefined);
    // A later model still reads what the first one's check silenced.
    const other: LearnedModel = { bias: -3, threshold: 0.5, weights: { road: 3 } };
    expect(learnedIdeation('the easy way out, the long road', [{ ...model, check }, other])?.p).to.equal(0.5);
  });

  it('silences the first model on everyday Kenyan talk of doctors, not on a wish it reads', () => {
    // A dev-half answer of the Kenyan survey (KENYA.md) that the first model alone raised to medium.
    const answer =
      'Kawaida ya binadamu anapotembelea daktari lazima roho itetemeke, haswa wakati nangojea vipimo kuna hio wasiwasi haujui yatakayojiri';
    const { check, ...first } = IDEATION_MODELS[0]!;
    expect(probability(first, features(answer))).to.be.at.least(first.threshold);
    expect(probability(check!, features(answer))).to.be.below(check!.threshold);
    expect(crisisLanguageFactors(answer).map((f) => f.code)).to.not.include('learned_ideation');
    const wish = 'I am tired of everything, I just want it all to stop for good';
    expect(crisisLanguageFactors(wish).map((f) => f.code)).to.include('learned_ideation');
    expect(combine(crisisLanguageFactors(wish)).level).to.equal('medium');
  });

  it('ships the first fitted reading with its check, its refit, a third, a fourth, a fifth and a sixth, each threshold inside (0, 1)', () => {
    expect(IDEATION_MODELS).to.have.length(6);
    expect(IDEATION_MODELS[0]!.weights).to.equal(firstModel.weights);
    expect(IDEATION_MODELS[0]!.check).to.equal(checkModel);
    expect(checkModel.threshold).to.be.greaterThan(0).and.lessThan(0.05);
    expect(IDEATION_MODELS[1]).to.equal(secondModel);
    for (const m of IDEATION_MODELS) {
      expect(Object.keys(m.weights).length).to.be.greaterThan(1000);
      expect(m.threshold).to.be.greaterThan(0).and.lessThan(1);
    }
    // The refit reads a check-in wish no rule names that the first reading left below its threshold.
    const text = 'Sometimes I think everyone at home would breathe easier if I was not in the picture at all.';
    const feats = features(text);
    expect(probability(IDEATION_MODELS[0]!, feats)).to.be.below(IDEATION_MODELS[0]!.threshold);
    expect(learnedIdeation(text)).to.not.equal(undefined);
  });

  it('reads with the third model a wish to follow someone who passed that the first two leave below threshold', () => {
    // A training item of train-ind1.jsonl (TRAIN-IND.md): no rule reads it.
    const text =
      'Since Jjajja left us I feel like I should follow her. Nothing here is holding me anymore, not even the job.';
    const feats = features(text);
    for (const m of IDEATION_MODELS.slice(0, 2)) expect(probability(m, feats)).to.be.below(m.threshold);
    expect(probability(IDEATION_MODELS[2]!, feats)).to.be.at.least(IDEATION_MODELS[2]!.threshold);
    expect(combine(crisisLanguageFactors(text)).level).to.equal('medium');
  });

  it('reads with the fifth model an act told without a word of self-harm that the first four leave below threshold', () => {
    // A blind writer's crisis of review 138, which the fifth reading was not fitted on: no rule reads it.
    const text = 'my wrists are stitched up, i did it on saturday after the fight';
    const feats = features(text);
    for (const m of IDEATION_MODELS.slice(0, 4)) expect(probability(m, feats)).to.be.below(m.threshold);
    expect(probability(IDEATION_MODELS[4]!, feats)).to.be.at.least(IDEATION_MODELS[4]!.threshold);
    // The sixth warning reading (session 39) reads it too: a clinician is asked to look.
    expect(combine(crisisLanguageFactors(text)).level).to.equal('high');
  });

  it('raises a text no rule reads to medium at most, never to high', () => {
    for (const text of ['ni bora niende tu sitaki kuwa mzigo tena', 'i just want to sleep and never come back']) {
      const factors = crisisLanguageFactors(text);
      const learned = factors.filter((f) => f.code === 'learned_ideation');
      if (learned.length) expect(combine(factors).level).to.equal('medium');
      expect(combine(factors).level).to.not.equal('high');
    }
  });

  it('stays silent where a rule read the words: a negation or someone else’s wish stands', () => {
    for (const text of ["I don't want to die", 'my friend wants to die', 'usijiue rafiki yangu']) {
      expect(crisisLanguageFactors(text).map((f) => f.code)).to.not.include('learned_ideation');
    }
  });

  it('reads with the fourth model a wish told in talk of treatment that the first three leave below threshold', () => {
    // A training item of train-health1.jsonl (TRAIN-HEALTH.md): no rule reads it.
    const text =
      "They say the surgery will help me walk again. Me, I don't care anymore. If I don't come out of theatre, it's fine.";
    const feats = features(text);
    for (const m of IDEATION_MODELS.slice(0, 3)) expect(probability(m, feats)).to.be.below(m.threshold);
    expect(probability(IDEATION_MODELS[3]!, feats)).to.be.at.least(IDEATION_MODELS[3]!.threshold);
    expect(combine(crisisLanguageFactors(text)).level).to.equal('medium');
  });

  it('reads a crisis the same beside a word that names a property of every JavaScript object ("constructor")', () => {
    // The weights are a plain object: "constructor" once turned every model's sum into NaN, silencing the reading.
    const names = Object.getOwnPropertyNames(Object.prototype).flatMap((n) => [n, n.toLowerCase()]);
    for (const text of [
      'honestly i just want it all to stop and never wake up',
      'nimechoka na kila kitu, nataka kupotea tu',
    ]) {
      const plain = combine(crisisLanguageFactors(`${text} zzqx`));
      for (const name of names) {
        const beside = combine(crisisLanguageFactors(`${text} ${name}`));
        expect(beside.level, `${text} ${name}`).to.equal(plain.level);
        expect(beside.score, `${text} ${name}`).to.equal(plain.score);
      }
    }
    for (const m of IDEATION_MODELS)
      expect(Number.isFinite(probability(m, ['constructor', '__proto__']))).to.equal(true);
  });

  it('lets the first reading raise a text only where the sixth finds ideation at all likely', () => {
    // A phone that keeps switching off: the first reading alone raised it; the sixth, fitted on the reviews' lookalikes,
    // doubts it in the whole text and in every 8 and 14 words in a row.
    const phone = 'Msee hii simu yangu ni mbaya, inazima kila mara mathe akinipigia.';
    const feats = features(phone);
    expect(probability(IDEATION_MODELS[0]!, feats)).to.be.at.least(IDEATION_MODELS[0]!.threshold);
    expect(probability(sixthModel, feats)).to.be.below(0.01);
    expect(learnedIdeation(phone)).to.equal(undefined);
    // Asked for the first reading by name (as the fit scripts do), it still reads.
    expect(learnedIdeation(phone, IDEATION_MODELS[0]!)).to.not.equal(undefined);
    expect(combine(crisisLanguageFactors(phone)).level).to.equal('low');
    // A wish only the first reading raises, which the sixth finds likely but below its own threshold, stays at medium.
    const wish = 'i just want it all to stop';
    expect(learnedIdeation(wish, IDEATION_MODELS.slice(1))).to.equal(undefined);
    expect(probability(sixthModel, features(wish)))
      .to.be.at.least(0.01)
      .and.below(sixthModel.threshold);
    expect(crisisLanguageFactors(wish).map((f) => f.code)).to.include('learned_ideation');
    expect(combine(crisisLanguageFactors(wish)).level).to.equal('medium');
  });

  it('keeps the first reading of a short wish inside a run-on day that the sixth doubts as a whole', () => {
    // A code review's variants (session 44): on the whole text alone, or with 14-word windows alone, these fell to low.
    for (const text of [
      'exams start on monday i have been revising all week hakuna atakayenikosa nikienda',
      'tomorrow will not matter for me exams start on monday i have been revising all week',
    ]) {
      expect(probability(sixthModel, features(text))).to.be.below(0.01);
      expect(combine(crisisLanguageFactors(text)).level).to.equal('medium');
    }
  });

  it('reads with the sixth a crisis the five earlier readings leave at low', () => {
    const text = 'i wont jump today but monday who knows';
    expect(learnedIdeation(text, IDEATION_MODELS.slice(0, 5))).to.equal(undefined);
    expect(probability(sixthModel, features(text))).to.be.at.least(sixthModel.threshold);
    expect(combine(crisisLanguageFactors(text)).level).to.equal('medium');
  });
});
