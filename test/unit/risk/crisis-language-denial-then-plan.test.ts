import { expectLevels } from '../../setup/risk-levels.js';

// A denial taken back by what follows it (plain-denial.ts; review 82): a bare plan or decision, or "i'm lying"; and a
// Swahili one-verb denial dated first, then a later time in doubt (upgrade.ts).

describe('crisis language: a denial followed by a plan, a lie or a later day', () => {
  it('takes a denial back when only a bare plan or decision follows', () => {
    expectLevels({
      'sina mawazo ya kujiua lakini nina mpango': 'critical',
      'sina mawazo ya kujiua lakini nimeshapanga': 'critical',
      "i'm not suicidal, i have a plan though": 'critical',
      'sina mawazo ya kujiua leo kwa sababu nimeshaamua': 'critical',
      'sina mawazo ya kujiua ila nishaamua': 'critical',
      'i dont have suicidal thoughts but ive got a plan': 'critical',
    });
  });

  it('takes a denial back when the speaker says it is a lie', () => {
    expectLevels({
      'sina mawazo ya kujiua nadanganya tu': 'high',
      'sina mawazo ya kujiua nakudanganya tu': 'high',
      'i have no suicidal thoughts im just lying': 'high',
      'im not suicidal who am i kidding': 'high',
    });
  });

  it("keeps a denial followed by a plan about something named, a plan denied, or another person's words", () => {
    expectLevels({
      'sina mawazo ya kujiua lakini nina mpango wa kwenda sokoni kesho': 'low',
      'sina mawazo ya kujiua wala sina mpango': 'low',
      'im not suicidal. i have a plan for my business': 'low',
      'i am not suicidal my sister says i am lying': 'low',
      'sina mawazo ya kujiua boss ananiona kama nadanganya': 'low',
      'im not suicidal i have my plans': 'low',
      'sina mawazo ya kujiua tena nimeshaamua': 'low',
    });
  });

  it('reads "leo sitajiua lakini kesho sijui" as a plan put off', () => {
    expectLevels({
      'leo sitajiua lakini kesho sijui': 'critical',
      'leo sijiui kesho sijui': 'critical',
      'leo sitajidhuru lakini kesho sina uhakika': 'critical',
      'leo sitajiua wala kesho': 'low',
      'leo sitajiua kesho nitaenda kazini': 'low',
    });
  });

  // upgrade.ts LATER_DOUBTED_MORE, LATER_TUTAONA, LATER_SET (review 89; narrowed by review 95).
  it('reads a later day set, or doubted in other words, after a denial dated to today as a plan put off', () => {
    expectLevels({
      'leo sitajiua nitasubiri jumamosi': 'critical',
      'leo sitajiua nitafanya ijumaa': 'critical',
      'leo sitajiua kesho ndio siku': 'critical',
      'leo sitajiua kesho tutaona': 'critical',
      'leo sitajiua maze kesho sijui': 'critical',
      'leo sitajiua lakini siku nyingine sijui': 'critical',
      'today i am not suicidal but by tomorrow who knows': 'critical',
      'leo sina mawazo ya kujiua lakini sijui kama kesho nitakuwa hivi': 'critical',
    });
  });

  it('leaves hope, a task put off, straining oneself and grooming as they were', () => {
    expectLevels({
      'leo sitajiua kesho ni siku nyingine': 'low',
      'assignment ni ngumu sana leo sitajiua nitafanya kesho': 'low',
      'kazi inaniua lakini leo sijajiua kesho tutaona': 'low',
      'hii bei ya unga leo sitajiua kesho tutaona': 'low',
      'salary haijaingia leo sitajiua nitasubiri ijumaa': 'low',
      'gym leo sitajiumiza maze kesho tutaona': 'low',
      'mshahara bado haujaingia leo sitajiumiza nitasubiri ijumaa': 'low',
      'ndevu zimekua leo sitajikata nitafanya ijumaa': 'low',
    });
  });
});
