import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { detectCrisisLanguage } from '../../../processors/risk/language/index.js';
import { languageLevel } from '../../setup/risk-levels.js';

// Warning signs told across a whole check-in (warning-signs.ts): several together are a plan or an act with no word
// of dying; one alone, or any number around a trip, a move or charity, is an ordinary life.
const tier = (text: string) => detectCrisisLanguage(text).tier;
/** Ordinary statements a red team wrote to make the first version of these rules fire (RULES.md, "Warning signs"). */
const ORDINARY = readFileSync(new URL('../../fixtures/risk/redteam8-ordinary.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

describe('crisis language: warning signs across a check-in', () => {
  it('grades a decision with farewell letters and belongings given away as a plan, in every language', () => {
    for (const text of [
      "I've made up my mind. I wrote letters to my children and I have given my phone to my brother.",
      'Nimeshaamua. Nimewaandikia wanangu barua, na nimempa kaka yangu simu yangu.',
      'Nimedecide. Nimeandikia wasee wangu ma-letter, nimempea bro wangu simu na laptop.',
      "I've made up my mind. Nimeandikia watoto barua and nimempa sister yangu laptop.",
    ]) {
      expect(tier(text), text).to.equal('plan');
      expect(languageLevel(text), text).to.equal('critical');
    }
  });

  it('grades a last check-in that asks nobody to look for the speaker as a plan', () => {
    for (const text of [
      "This is my last check-in. Thanks for everything. Don't look for me after today.",
      'Hii ndiyo check-in yangu ya mwisho. Asanteni sana. Msinitafute kesho.',
    ])
      expect(tier(text), text).to.equal('plan');
  });

  it('grades debts settled, goodbyes said in secret and a chosen day as a plan', () => {
    for (const text of [
      'I paid back all the money I owed. Saturday is the day. After that nobody will have to carry me.',
      'Nimemlipa Baraka deni lake lote. Nimeshawaaga wote kimya kimya. Ijumaa ndiyo siku.',
    ])
      expect(tier(text), text).to.equal('plan');
  });

  it('grades a means got, hidden and to be used tonight as a plan though only a pronoun names it', () => {
    for (const text of [
      'nimezinunua jana nimezificha kwa kabati usiku wa leo nitazitumia',
      "i bought them today they are hidden in my room and i'll use them tonight",
    ])
      expect(tier(text), text).to.equal('plan');
  });

  it('grades trying again and waking up in hospital as behaviour', () => {
    for (const text of [
      'i tried again on friday and woke up in the hospital',
      'nilijaribu tena wiki iliyopita nikaamka hospitali',
      'I tried again last night lakini nikaamka hosi',
    ])
      expect(tier(text), text).to.equal('behaviour');
  });

  it('grades being ready to die and stopped, or pulled back from a roof, as behaviour', () => {
    for (const text of [
      'On Sunday I was ready to leave this world. My son called and I stopped.',
      'Nilikuwa tayari kuondoka duniani jana. Simu ikalia, nikaacha.',
      'I was on the roof on Friday night. My neighbour came and pulled me back.',
    ])
      expect(tier(text), text).to.equal('behaviour');
  });

  it('grades burns on the arm the speaker owns to as self-harm behaviour', () => {
    expect(tier('the burns on my arm are not from the stove its me i did it again')).to.equal('behaviour');
  });

  it('leaves a single warning sign alone below an alarm', () => {
    for (const text of [
      'I paid off my loan today, I feel so light.',
      'Nimeandika wosia wangu na wakili, kila mzazi anapaswa kufanya hivyo.',
      'I wrote letters to my kids for their birthdays.',
      'Nimemlipa Juma deni lake lote, sasa niko huru.',
      'Saturday is the day.',
      'I was on the roof fixing the mabati and my brother pulled me back because of the rain.',
      'I tried again to call my mother but she did not pick up.',
    ])
      expect(languageLevel(text), text).to.equal('low');
  });

  it('leaves goodbyes and things given away before a trip or to charity below an alarm', () => {
    for (const text of [
      'I said goodbye to everyone one by one, I gave my bike to my cousin, I fly to Dubai on Monday. Everything is ready.',
      'Nimeshawaaga wote kimya kimya, nimempa kaka yangu baiskeli, nasafiri kesho kwenda Qatar. Kila kitu kiko tayari.',
      'Nimegawa nguo zangu kwa kanisa na nimemlipa Juma deni lake lote.',
    ])
      expect(languageLevel(text), text).to.equal('low');
  });

  it("leaves the red team's ordinary weddings, debts, gifts, roof repairs, retakes and burns from work below an alarm", () => {
    expect(ORDINARY).to.have.length(59);
    for (const text of ORDINARY) expect(languageLevel(text), text).to.equal('low');
  });
});
