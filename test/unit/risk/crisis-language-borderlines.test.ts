import { expect } from 'chai';
import { expectLevels, languageLevel as level } from '../../setup/risk-levels.js';

// The borderlines (probes21.jsonl, a blind set scored before it was read; PROBES.md): the same words as a crisis or
// not, by who, when and whether it is denied. Each fix beside the forms that must not move.

describe('crisis language: the borderlines', () => {
  it('grades "… itaniua" as a plan only when asking whether taking something would kill', () => {
    expectLevels({
      'nikinywa sumu hii itaniua haraka': 'critical',
      'hii kazi itaniua': 'low',
      'hii jam ya thika road itaniua wueh nimekaa kwa mat masaa tatu': 'low',
      'Nimekuwa na TB na nilikuwa naogopa itaniua, lakini daktari anasema matibabu inafanya kazi.': 'low',
    });
  });

  it('reads wishes told without the usual words', () => {
    expectLevels({
      'nothing happened today but i keep picturing my own burial and feeling kind of relieved': 'medium',
      "When the preacher talked about heaven, all I could think was, take me there now, I'm finished with this life.":
        'medium',
      'daktari alisema ugonjwa huu unaweza kuniua na kwa kweli sijali natamani uje haraka': 'medium',
      'yaani tangu mwaka jana mawazo yale ya kufa bado yapo sijawahi kumwambia mtu yeyote': 'medium',
      'mwanangu alifariki mwezi uliopita sioni maana ya mimi kubaki hai': 'medium',
      'Ile feeling ya kutotaka kuishi bado iko, tangu mwezi uliopita haijaniwacha.': 'medium',
    });
  });

  it('reads being alive for one reason only as thoughts of killing oneself', () => {
    expectLevels({
      'the only reason sijajiua ni watoto wangu and even that is not enough anymore': 'high',
      'the only reason i havent killed myself is my mother': 'high',
    });
  });

  it('reads Sheng "ku-end my life" with a decision as a plan, and with thinking as thoughts', () => {
    expectLevels({
      'Leo baada ya kazi sirudi nyumbani. Nimeamua ku-end my life, everything is ready.': 'critical',
      'The screening form nilijaza no kwa kila swali, but actually nimekuwa nikiwaza ku-end my life a lot.': 'high',
    });
  });

  it('grades a chosen day, what is needed bought, and means put ready as plans', () => {
    expectLevels({
      "I said no on the form, but I've already decided. Friday is the day I end it.": 'critical',
      "When my friend posted goodbye, everyone ran to her. Nobody will run to me. I've picked Sunday to end it.":
        'critical',
      "I told my counsellor I was fine last week, but I've already bought what I need to end it.": 'critical',
      'Birthday yangu ni Ijumaa, na nimeamua hiyo ndio itakuwa siku yangu ya mwisho kuishi.': 'critical',
      'nimeshapata sumu niko tayari nasubiri tu nibaki peke yangu nijiue': 'critical',
      'Nimeweka vidonge tayari kwa ajili ya kumaliza maisha yangu; nitafanya hivyo mume wangu akisafiri.': 'critical',
      // Letters written, then one's absence by a time: affairs put in order (session 38, cues-affairs-then.ts).
      "I've written letters to my children. By the end of the month I won't be here.": 'critical',
      'Nimeshaandika will yangu na nimeweka kila kitu tayari. By Sunday sitakuwa hai.': 'critical',
    });
  });

  it('reads screening questions answered no in so many words, or said to be true, as denials', () => {
    expectLevels({
      'My doctor keeps asking about self-harm. Honestly the answer is no. I’m just drained from night shifts.': 'low',
      'Mhudumu wa afya aliuliza kama nawaza kujidhuru. Nilisema hapana, na ni kweli kabisa.': 'low',
      'Kama unauliza kama nataka kujiua, jibu ni hapana. Niko tu bored na hii mtaa.': 'low',
      'Unauliza kama I’ve thought of ending my life? No, hata kidogo. Ni tu stress ya school fees.': 'low',
      'aliniuliza kama nataka kujiua nikasema hapana ni ukweli lakini leo nimeamua': 'critical',
      'nurse aliniuliza kama nataka kujiua nikasema hapana uongo tu': 'high',
    });
    // The rules deny it; the learned reading may still ask a clinician to follow up (medium), never escalate.
    expect(
      level('my doctor asked kama nataka kujiumiza and i told her no ni ukweli niko tu na pressure ya exams'),
    ).to.be.oneOf(['low', 'medium']);
  });

  it('reads more denials of thoughts and wishes', () => {
    expectLevels({
      'um no i dont have any thoughts of hurting myself im just stressed about rent and school fees': 'low',
      "I'm low this week, but let me be clear: I have no wish to end my life. Too much to live for.": 'low',
      'hapana sina mawazo hayo ya kujiua nina huzuni kidogo tu kwa sababu ya kazi': 'low',
      'sijawahi kuwaza kujitoa uhai na hata sasa sina mawazo hayo ni msongo wa ada ya shule tu': 'low',
      'Niko salama kabisa, hakuna wazo la kujiua. Nahitaji tu mtu wa kuongea naye kuhusu ndoa yangu.': 'low',
      'sijawahi kuwaza kujiua lakini sasa nataka kujiua': 'high',
    });
  });

  it('dates a past told as over, and keeps one told on the drive home current', () => {
    expectLevels({
      'Years back I was in hospital after I tried to take my life. That chapter is closed.': 'low',
      'Driving home on Mombasa Road nilikuwa nafikiria kujiua, like it would fix everything.': 'high',
    });
  });

  it('reads a sermon about suicide as a mention, laughing till one nearly died as an idiom, and a last day at a job', () => {
    expectLevels({
      'leo mchungaji alihubiri kuhusu kujiua na jinsi ya kuwasaidia wenye mawazo hayo nimejifunza mengi': 'low',
      'nawaza kuhusu kujiua kila siku': 'high',
      'nilicheka mpaka nikataka kufa that comedian is too much': 'low',
      'leo ndio siku yangu ya mwisho duniani': 'critical',
    });
    expect(level('Leo ni siku yangu ya mwisho kwa job ya security. Kesho naanza kazi ya ofisi.')).to.be.oneOf([
      'low',
      'medium',
    ]);
  });
});
