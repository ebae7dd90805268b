import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

// Thoughts denied in words a blind probe set used (2026-12-02) were read as active thoughts and escalated; a denial
// the sentence takes back, or one the speaker reports making to someone, is no denial.

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

describe('crisis language: thoughts denied', () => {
  const DENIED = [
    "um no thoughts of ending my life or anything like that i'm just lonely",
    "suicide has never crossed my mind i'm just stressed about school fees",
    "hapana sina thoughts za kujiua i'm just stressed with exams",
    'sijawahi kufikiria kujitoa uhai ni msongo wa mawazo tu wa ada ya shule',
    'Hapana, sijafikiria kujiua. Ni upweke tu unaonisumbua siku hizi.',
  ];
  for (const text of DENIED) it(`reads "${text}" as a denial`, () => expect(level(text)).to.equal('low'));

  it('keeps a denial the sentence takes back, or one told to someone, at the level it had before', () => {
    expect(level('no thoughts of suicide except at night when i am alone which is every night')).to.equal('high');
    expect(level('i have no plans to kill myself, only thoughts every day')).to.equal('critical');
    expect(level('i told the counsellor no thoughts of suicide but that was not true')).to.equal('high');
    expect(level('sijawahi kufikiria kujiua isipokuwa usiku')).to.equal('high');
    expect(level('suicide never crossed my mind until last week now i think about it daily')).to.equal('high');
  });
});
