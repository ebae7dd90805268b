import { expect } from 'chai';
import { detectCrisisLanguage } from '../../../processors/risk/language/index.js';
import { languageLevel } from '../../setup/risk-levels.js';

// A means told in the speaker's own words (cues-means.ts): a plan with a method, or an attempt, in English, Swahili,
// Sheng and mixed speech; the same words in their everyday senses, denied, advised against or about someone else stay
// below an alarm.
const tier = (text: string) => detectCrisisLanguage(text).tier;

describe('crisis language: means named by the speaker', () => {
  it('grades the commonest Swahili wording of wanting to end one\'s life, "nataka kujinyonga", as a plan', () => {
    expect(tier('nataka kujinyonga')).to.equal('plan');
    expect(languageLevel('nataka kujinyonga')).to.equal('critical');
  });

  it('grades a wish, thought or intent with a means as a plan in every language', () => {
    for (const text of [
      'i want to hang myself',
      'i keep thinking about hanging myself',
      'i am going to hang myself tonight',
      'i want to jump off a bridge',
      'i want to jump in front of a bus',
      'i want to take all my pills at once',
      'so like ive got everything ready to hang myself',
      'nafikiria kujinyonga',
      'nataka kujitia kitanzi',
      'nitajinyonga leo usiku',
      'ngoja nijinyonge',
      'nataka kunywa sumu',
      'Najihisi kama kujirusha mbele ya gari nikienda kazini.',
      'mawazo ya kujipiga risasi hayaniachi',
      'nimeamua ku-overdose',
      'sasa hivi nafeel kujizamisha tu niishe',
      'nataka to hang myself',
      'i feel like kunywa sumu',
    ])
      expect(tier(text), text).to.equal('plan');
  });

  it('reads the act in the subjunctive, as a question, as "if", and in the narrative tenses', () => {
    for (const text of [
      'Kwa kweli natamani nijinyonge tu, niondoke kwenye hii dunia.',
      'Najiuliza, je nikinywa sumu leo nani atajali?',
      'nikawaza tu nijirushe mbele ya gari liishe hii mambo yote',
      'Kila nikipita karibu na maji nafikiria kujitosa tu.',
      'nikichukua kisu nikataka kujichoma nacho',
      'hii wiki nilienda kwa maji nikidai kujitosa',
      'what if i just drink poison and then they can stop worrying about me',
      'i am asking myself should i just use the rope tonight',
      'i keep thinking about taking pills and just not waking up',
      "I've decided Friday is the day.",
      'I am feeling to hang myself today.',
      'the next time he touches me I will drink the rat poison',
      'Nikinywa hii dawa ya panya, nani atanililia kweli?',
      'akili yangu inaniambia nijipige risasi tu nimalize mateso haya',
      'Dada, ningekuwa na ujasiri ningejirusha kutoka ghorofani.',
      'Manze nimechoka na hii life, naeza jihang tu leo.',
      'Nimeshatayarisha kitanzi, nimekificha chini ya kitanda.',
      'i have the pills ready',
      'I stood by the road waiting for a lorry to hit me',
      'Jana nilisimama katikati ya barabara nikisubiri lori linigonge.',
    ])
      expect(['plan', 'behaviour'], text).to.include(tier(text));
  });

  it('keeps "kujitosa" in business and a chosen day for shopping out', () => {
    expect(languageLevel('nimeamua kujitosa kwenye biashara ya mahindi')).to.equal('low');
    expect(languageLevel("I've decided Saturday is the day we go shopping")).to.equal('low');
  });

  it('grades means put by for it as a plan, and fetching or taking medicine as told as nothing', () => {
    expect(tier("I've been saving up my pills.")).to.equal('plan');
    expect(tier('Manze nimekuwa nikisave dawa zangu')).to.equal('plan');
    expect(languageLevel('i collected my pills from the pharmacy')).to.equal('low');
    expect(languageLevel('i took all my pills today like the doctor said')).to.equal('low');
    expect(languageLevel('nimekunywa dawa kama daktari alisema')).to.equal('low');
  });

  it('grades an attempt or an interrupted one with a means as behaviour', () => {
    for (const text of [
      'i tried to hang myself yesterday',
      'i cut my wrists yesterday',
      'i swallowed a whole bottle of pills',
      'Last week I almost jumped in front of a lorry. Someone pulled me back.',
      'i was holding the knife to my wrist yesterday and my mum walked in',
      'I took all my pills on Sunday and woke up in hospital.',
      'nilijaribu kujinyonga jana',
      'nilikunywa sumu jana',
      'mama aliniingilia nilipokuwa najaribu kujinyonga juzi',
      'Juzi nilikaribia kujirusha mbele ya basi, mtu akanivuta.',
      'Leo asubuhi nimekunywa dawa nyingi makusudi na sasa naogopa.',
      'I tried kujinyonga last night, but my sister alinipata.',
      'Last week nilimeza all my tablets, nikaamka hospital.',
      'Mwezi uliopita nilimeza vidonge vingi, jirani akanikuta akaniwahisha hospitali.',
      'Wiki iliyopita nilimeza mapills nikaamka hosi.',
      "I've been cutting again this week, most nights after everyone sleeps.",
      'nawaza kuchukua wembe nijikate tu',
      'I have been cutting my arms with a blade since last month.',
      "I took many of my mother's tablets on Sunday night.",
    ])
      expect(tier(text), text).to.equal('behaviour');
  });

  it('finds it at the end of a run-on check-in', () => {
    expect(languageLevel('i went to work today and i came home and i want to hang myself')).to.equal('critical');
  });

  it('leaves the same words in their everyday senses quiet', () => {
    for (const text of [
      'i want to hang out with my friends',
      'i hung the washing',
      'i shot myself in the foot with that exam',
      'i drown myself in work',
      'nataka kujizamisha kwenye kazi',
      'nimenunua sumu ya panya',
      'Nataka kujikata kwa mabeste wangu wote.',
    ])
      expect(languageLevel(text), text).to.equal('low');
  });

  it("reads no ideation in a denial, a joke, advice, a recovered past or someone else's act", () => {
    for (const text of [
      'i dont want to hang myself',
      'sitaki kujinyonga nataka msaada tu',
      'usijinyonge',
      'i want to hang myself lol',
      'years ago i tried to hang myself but today i am doing well',
      'my neighbour hanged himself last week',
      'jirani yangu alijinyonga',
      'rafiki yangu alijaribu kunywa sumu',
    ])
      expect(tier(text), text).to.equal('none');
  });

  it('keeps the everyday acts the same words tell quiet: accidents, medicine as told, pests, swimming', () => {
    for (const text of [
      'i cut my wrist on broken glass at work',
      'i almost electrocuted myself fixing the socket',
      'the doctor said i should take all the tablets at once with food',
      'nataka kumeza dawa zote kama daktari alivyosema',
      'i have the rope ready for the goat',
      'nikajirusha kwa matatu nikaenda town',
      'nikajitupa majini kuogelea na watoto',
      'nilikuwa naogopa gari linigonge nikivuka barabara',
      'i want to take some poison for the termites',
    ])
      expect(languageLevel(text), text).to.equal('low');
  });

  it('reads a jump thought of where the speaker stands, pills saved instead of taken and an act told through its aftermath', () => {
    for (const text of [
      'when i am on the balcony at night i think about jumping',
      'nikiwa juu ya daraja nawaza kuruka tu',
      'aki kwa rooftop ya hostel nawaza kuruka',
      'i have been saving my pills for weeks instead of taking them',
    ])
      expect(tier(text), text).to.equal('plan');
    for (const text of [
      'the hospital discharged me yesterday after the poison thing',
      'jumamosi nilimeza ma-pills mob',
      'nilikunywa poison on sunday',
    ])
      expect(tier(text), text).to.equal('behaviour');
    expect(tier('kila nikivuka barabara nawish gari inigonge')).to.equal('plan');
    expect(languageLevel('we went to the pool and i was thinking about jumping from the top board')).to.equal('low');
  });

  it('reads walking into traffic as a means when wished or planned, not a slip told as done', () => {
    expect(tier('My plan is to walk into traffic on my way home tomorrow.')).to.equal('plan');
    expect(tier('sometimes i think about stepping into traffic')).to.equal('plan');
    expect(languageLevel('i nearly stepped into traffic looking at my phone')).to.equal('low');
    expect(languageLevel('my plan is to go to the market tomorrow')).to.equal('low');
    expect(languageLevel('If I leave at 5 I will run into traffic on Thika road.')).to.equal('low');
    expect(languageLevel('I almost run into traffic today, I was late for work.')).to.equal('low');
  });

  it('reads wanting to cut or hurt oneself, not cutting one’s hair or nails or leaving a party early', () => {
    // Head-banging is told with the idiom's words ("kujiumiza kichwa na ukuta"), so racking one's brains stays critical.
    for (const text of [
      'nataka kujikata',
      'natamani kujikata mkono',
      'nataka kujikata tena leo',
      'najiskia kujikata hii night',
      'nataka kujikata nywele zote na kujiumiza tu',
      'nataka kujiumiza kichwa na ukuta',
      'nataka kujiumiza kichwa na hesabu',
    ])
      expect(languageLevel(text), text).to.equal('critical');
    for (const text of ['natamani kujikata nywele', 'nataka kujikata kucha', 'nataka kujikata hii party'])
      expect(languageLevel(text), text).to.equal('low');
  });
});
