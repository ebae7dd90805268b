import { expect } from 'chai';
import { RISK_LEVELS, type RiskLevel } from '../../../processors/risk/combine.js';
import { languageLevel as level } from '../../setup/risk-levels.js';

// A review of the fourteenth session's changes (09132d9..): check-ins the change grades lower than 09132d9 did (the level given is 09132d9's), and
// ordinary check-ins it now raises.

const rank = (l: RiskLevel) => RISK_LEVELS.indexOf(l);
const atLeast = (text: string, want: RiskLevel) =>
  expect(rank(level(text)), `"${text}" is ${level(text)}, want at least ${want}`).to.be.at.least(rank(want));
const atMost = (text: string, want: RiskLevel) =>
  expect(rank(level(text)), `"${text}" is ${level(text)}, want at most ${want}`).to.be.at.most(rank(want));

describe('crisis language: the eighth review (of the fourteenth session changes)', () => {
  describe('intent denial (reading.ts negated) has no take-back', () => {
    it('"i have no intention of killing myself, i am going to do it" (09132d9: high)', () =>
      atLeast('i have no intention of killing myself, i am going to do it', 'high'));
    it('"sina nia ya kujiua fiti ila naona ni mwisho leo" (09132d9: high)', () =>
      atLeast('bro sina nia ya kujiua fiti ila naona ni mwisho leo', 'high'));
  });

  describe('thoughts denied (reading.ts thoughtsDenied) where the sentence moves past thoughts', () => {
    it('"no thoughts of killing myself because i already decided …" (09132d9: critical)', () =>
      atLeast('i have no thoughts of killing myself because i already decided i will do it tonight', 'critical'));
    it('"no ideas of killing myself anymore i have a plan" (09132d9: critical)', () =>
      atLeast('no ideas of killing myself anymore i have a plan', 'critical'));
    it('"no thoughts of killing myself just the urge to do it" (09132d9: high)', () =>
      atLeast('no thoughts of killing myself just the urge to do it', 'high'));
    it('"… has never been on my mind like it is tonight" (09132d9: critical)', () =>
      atLeast('killing myself has never been on my mind like it is tonight', 'critical'));
    it('"suicide has never crossed my mind so much as it does today" (09132d9: high)', () =>
      atLeast('suicide has never crossed my mind so much as it does today', 'high'));
    it('"sijawahi kuwaza kujiua kama leo" (never thought of it like today; 09132d9: high)', () =>
      atLeast('sijawahi kuwaza kujiua kama leo', 'high'));
  });

  describe("the speaker's own quoted words read as someone else's (quoted.ts QUOTE_FRAME)", () => {
    it('"i called my mom and said "i want to die"" (09132d9: medium)', () =>
      atLeast('i called my mom and said "i want to die"', 'medium'));
    it('"i looked at my brother and said "i want to kill myself"" (09132d9: high)', () =>
      atLeast('i looked at my brother and said "i want to kill myself"', 'high'));
    it('"when she asked i said "i want to kill myself"" (09132d9: high)', () =>
      atLeast('when she asked i said "i want to kill myself"', 'high'));
  });

  describe('a question answered no, taken back in words TAKEN_BACK misses (quoted.ts)', () => {
    it('"daktari aliniuliza "unataka kujiua leo?" nikasema hapana, kesho" (09132d9: critical)', () =>
      atLeast('daktari aliniuliza "unataka kujiua leo?" nikasema hapana, kesho', 'critical'));
    it('"mum asked me "will you kill yourself" i said no. that was a lie i will" (09132d9: high)', () =>
      atLeast('mum asked me "will you kill yourself" i said no. that was a lie i will', 'high'));
  });
});

describe('crisis language: the eighth review, ordinary check-ins raised by the change', () => {
  it('"kwaheri nyote nawapenda sana tutaonana jumatatu" (see you Monday; 09132d9: low)', () =>
    atMost('kwaheri nyote nawapenda sana tutaonana jumatatu', 'medium'));
  it('"thinking of taking all of my pills in the morning instead of splitting them" (09132d9: low)', () =>
    atMost('i was thinking of taking all of my pills in the morning instead of splitting them', 'medium'));
  it('INTENT_STATED read across the text: "… clean the house and i will do it now" (09132d9: medium)', () =>
    atMost('im so tired i wish i could sleep forever but i have to clean the house and i will do it now', 'medium'));
  it('"when arsenal win the league thats when i die happy" (09132d9: medium)', () =>
    atMost('when arsenal win the league thats when i die happy', 'medium'));
  it('"im done living paycheck to paycheck" (09132d9: low)', () =>
    atMost('im done living paycheck to paycheck', 'low'));
  it('"my goal is to end it all this year with the debt" (09132d9: low)', () =>
    atMost('my goal is to end it all this year with the debt', 'medium'));
});
