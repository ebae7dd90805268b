import fs from 'node:fs';
import { expect } from 'chai';
import { sniffContainer, SNIFF_BYTES } from '../../../lib/audio/sniff.js';
import { FORMATS, makeTones, PNG_BYTES } from '../../setup/audio.js';

describe('sniffContainer', () => {
  let files: ReturnType<typeof makeTones>;
  before(function () {
    this.timeout(30_000);
    files = makeTones();
  });

  for (const format of Object.keys(FORMATS) as Array<keyof typeof FORMATS>) {
    it(`recognises ${format} encoded by ffmpeg from its first ${SNIFF_BYTES} bytes`, () => {
      const head = fs.readFileSync(files[format]).subarray(0, SNIFF_BYTES);
      expect(sniffContainer(head)).to.equal(format);
    });
  }

  it('recognises an MP3 without an ID3 tag by its frame header', () => {
    expect(sniffContainer(Buffer.from([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).to.equal('mp3');
  });

  it('refuses a PNG, text and random bytes', () => {
    expect(sniffContainer(PNG_BYTES)).to.equal(undefined);
    expect(sniffContainer(Buffer.from('hello, this is not audio'))).to.equal(undefined);
    expect(sniffContainer(Buffer.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).to.equal(
      undefined,
    );
  });
});
