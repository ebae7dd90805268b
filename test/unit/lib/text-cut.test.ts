import { expect } from 'chai';
import { cutAt, wellFormed } from '../../../lib/text-cut.js';

describe('cutting text that goes into jsonb', () => {
  it('cuts at the length asked when no emoji straddles it', () => {
    expect(cutAt('abcdef', 4)).to.equal('abcd');
    expect(cutAt('abc', 4)).to.equal('abc');
  });

  it('never leaves half an emoji: a cut through a surrogate pair keeps one unit fewer', () => {
    const text = `${'a'.repeat(78)}😭😭`;
    expect(cutAt(text, 79)).to.equal('a'.repeat(78));
    expect(cutAt(text, 80)).to.equal(`${'a'.repeat(78)}😭`);
    expect(wellFormed(cutAt(text, 79))).to.equal(cutAt(text, 79));
  });

  it('replaces a lone surrogate half with U+FFFD and leaves whole emoji alone', () => {
    expect(wellFormed('a\ud83d')).to.equal('a\uFFFD');
    expect(wellFormed('\ude2db')).to.equal('\uFFFDb');
    expect(wellFormed('niko sawa 😭')).to.equal('niko sawa 😭');
  });
});
