import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { detectCrisisLanguage } from '../../../processors/risk/language/index.js';
import { floorsFrom, gradedBelow, languageLevel } from '../../setup/risk-levels.js';

// Warning signs told across a whole check-in (warning-signs.ts): several together are a plan or an act with no word
// of dying; one alone, or any number around a trip, a move or charity, is an ordinary life.
const tier = (text: string) => detectCrisisLanguage(text).tier;
/** The crisis wordings of the same families the first red team found missed (RULES.md, "Warning signs"). */
const CRISES = floorsFrom(new URL('../../fixtures/risk/redteam8-crises.jsonl', import.meta.url));
/** Ordinary statements a red team wrote to make the first version of these rules fire (RULES.md, "Warning signs"). */
const textsOf = (name: string) =>
  readFileSync(new URL(`../../fixtures/risk/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
const ORDINARY = textsOf('redteam8-ordinary.jsonl');
/** A second red team's, against the widened rules; six it found stay raised (RULES.md, "Warning signs"). */
const ORDINARY2 = textsOf('redteam9-ordinary.jsonl');

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

  it('reads the same kinds in other words: thanks and forgiveness, a secret, a house to be empty, papers handed over', () => {
    for (const text of [
      "I messaged my family 'thank you for everything, forgive me'. Then I switched off my phone and I'm not turning it on.",
      'I bought it yesterday and hid it in the wardrobe, now I just need the house to be empty.',
      'Nimeificha chini ya kitanda na hakuna atakayeiona.',
      'The shamba papers are with my brother now. Sunday night will be quiet.',
      'Naomba umtunze mama kwa ajili yangu. Msinitafute kesho.',
      "I've been so peaceful since I decided and I wrote to each of my children.",
      "I've left a list of who gets my things, and a letter for my wife to read once I'm gone.",
    ])
      expect(tier(text), text).to.equal('plan');
  });

  it('reads no plan in a single warning sign alone', () => {
    for (const text of [
      'I paid off my loan today, I feel so light.',
      'Saturday night.',
      'Please take care of my goats for me while I am in Kisumu for the week.',
      'I feel calm since I decided to sell the cows, the market price is good this week.',
      'Nimeificha pesa chini ya godoro na hakuna anayejua, wezi wamezidi mtaani.',
      'I stood at the edge of the stage and the director stopped me to fix my mic.',
      'Nimeandika wosia wangu na wakili, kila mzazi anapaswa kufanya hivyo.',
      'I wrote letters to my kids for their birthdays.',
      'Nimemlipa Juma deni lake lote, sasa niko huru.',
      'Saturday is the day.',
      'I was on the roof fixing the mabati and my brother pulled me back because of the rain.',
      'I tried again to call my mother but she did not pick up.',
    ])
      // The rules' own reading; the learned reading may still ask a clinician to look (warning-learned.test.ts).
      expect(tier(text), text).to.equal('none');
  });

  it('leaves goodbyes and things given away before a trip or to charity below an alarm', () => {
    for (const text of [
      'I said goodbye to everyone one by one, I gave my bike to my cousin, I fly to Dubai on Monday. Everything is ready.',
      'Nimegawa nguo zangu kwa kanisa na nimemlipa Juma deni lake lote.',
    ])
      expect(languageLevel(text), text).to.equal('low');
    // The fifth learned reading follows this one up, a false alarm it draws (RULES.md, "A fifth reading").
    const trip =
      'Nimeshawaaga wote kimya kimya, nimempa kaka yangu baiskeli, nasafiri kesho kwenda Qatar. Kila kitu kiko tayari.';
    expect(languageLevel(trip)).to.equal('medium');
  });

  it("grades the first red team's crisis wordings of the same families as critical", () => {
    expect(CRISES).to.have.length(43);
    expect(gradedBelow(CRISES)).to.deep.equal([]);
  });

  it("leaves the red team's ordinary weddings, debts, gifts, roof repairs, retakes and burns from work below an alarm", () => {
    expect(ORDINARY).to.have.length(59);
    for (const text of ORDINARY) expect(languageLevel(text), text).to.equal('low');
  });

  it("leaves the second red team's ordinary errands, pets, refills, events and workplace goodbyes below an alarm", () => {
    expect(ORDINARY2).to.have.length(98);
    for (const text of ORDINARY2) expect(languageLevel(text), text).to.equal('low');
  });
});
