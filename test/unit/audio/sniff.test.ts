import fs from 'node:fs';
import { expect } from 'chai';
import { MAX_SNIFF_BYTES, sniffContainer, sniffLength } from '../../../lib/audio/sniff.js';
import { FORMATS, makeTones, PNG_BYTES } from '../../setup/audio.js';
import { dashManifest, hlsPlaylist, ID3_TAG, sdpSession } from '../../setup/hostile-media.js';

/** Sniffs the way the upload does: reads more while the sniffer asks for more. */
function sniff(file: Buffer): { container: ReturnType<typeof sniffContainer>; read: number } {
  let read = 0;
  while (read < file.length && read < sniffLength(file.subarray(0, read))) read = sniffLength(file.subarray(0, read));
  const head = file.subarray(0, read);
  return { container: sniffContainer(head), read: head.length };
}

/** An ID3v2.4 tag of `size` bytes after its header (zeros: padding, as taggers leave room to grow). */
const id3 = (size: number) =>
  Buffer.concat([
    Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, (size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f]),
    Buffer.alloc(size),
  ]);
/** An MPEG-1 Layer III frame header (128 kbit/s, 44.1 kHz) and some of its frame. */
const FRAME = Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(400, 0x55)]);

describe('sniffContainer', () => {
  let files: ReturnType<typeof makeTones>;
  before(function () {
    this.timeout(30_000);
    files = makeTones();
  });

  for (const format of Object.keys(FORMATS) as Array<keyof typeof FORMATS>) {
    it(`recognises ${format} encoded by ffmpeg from the first bytes it asks for`, () => {
      const { container, read } = sniff(fs.readFileSync(files[format]));
      expect(container).to.equal(format);
      expect(read).to.be.below(1024);
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

  it('refuses an ID3 tag followed by an HLS playlist, a DASH manifest or an SDP file', () => {
    for (const body of [hlsPlaylist('http://127.0.0.1:9'), dashManifest('http://127.0.0.1:9'), sdpSession(5004)]) {
      expect(sniffContainer(Buffer.concat([ID3_TAG, body]))).to.equal(undefined);
      expect(sniff(Buffer.concat([ID3_TAG, body])).container).to.equal(undefined);
    }
  });

  it('reads past a 100 KB ID3 tag, and a second one, to the MPEG frame after them', () => {
    const file = Buffer.concat([id3(100_000), id3(30), FRAME]);
    expect(sniff(file)).to.deep.equal({ container: 'mp3', read: 100_010 + 40 + 10 });
    expect(sniffContainer(file.subarray(0, 100_010))).to.equal(undefined);
  });

  it('refuses an ID3 tag followed by anything but an MPEG audio frame', () => {
    expect(sniff(Buffer.concat([id3(20), Buffer.from('OggS'), FRAME])).container).to.equal(undefined);
    // A frame header with the reserved sample rate.
    expect(sniff(Buffer.concat([id3(20), Buffer.from([0xff, 0xfb, 0x9c, 0x64]), FRAME])).container).to.equal(undefined);
    expect(sniff(id3(20)).container).to.equal(undefined);
  });

  it('refuses an ID3 tag longer than it reads rather than buffering it', () => {
    const file = Buffer.concat([id3(MAX_SNIFF_BYTES), FRAME]);
    expect(sniff(file)).to.deep.equal({ container: undefined, read: MAX_SNIFF_BYTES });
  });
});
