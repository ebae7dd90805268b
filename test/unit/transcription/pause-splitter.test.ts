import { expect } from 'chai';
import { PauseSplitter, pauseMiddle, type SplitEvent } from '../../../processors/transcription/pause-splitter.js';

const RATE = 16_000;

/** s16le PCM: a 200 Hz tone at half scale, or digital silence. */
function pcm(seconds: number, loud: boolean): Buffer {
  const n = Math.round(seconds * RATE);
  const out = Buffer.alloc(n * 2);
  if (loud)
    for (let i = 0; i < n; i++) out.writeInt16LE(Math.round(16000 * Math.sin((2 * Math.PI * 200 * i) / RATE)), i * 2);
  return out;
}

/** Piece lengths in seconds from the splitter's events. */
function pieces(events: SplitEvent[]): number[] {
  const out: number[] = [];
  let current = 0;
  for (const e of events) {
    if ('cut' in e) {
      out.push(current / 2 / RATE);
      current = 0;
    } else current += e.audio.length;
  }
  if (current) out.push(current / 2 / RATE);
  return out;
}

function run(splitter: PauseSplitter, audio: Buffer, chunkBytes = 4096 + 2): SplitEvent[] {
  const events: SplitEvent[] = [];
  for (let at = 0; at < audio.length; at += chunkBytes)
    events.push(...splitter.push(audio.subarray(at, at + chunkBytes)));
  return [...events, ...splitter.end()];
}

describe('PauseSplitter', () => {
  it('keeps audio shorter than the piece limit in one piece, byte for byte', () => {
    const audio = Buffer.concat([pcm(1, true), pcm(0.5, false), pcm(1.2, true)]);
    const events = run(new PauseSplitter({ maxPieceS: 10, lookbackS: 2 }), audio);
    expect(events.every((e) => 'audio' in e)).to.equal(true);
    expect(Buffer.concat(events.map((e) => ('audio' in e ? e.audio : Buffer.alloc(0)))).equals(audio)).to.equal(true);
  });

  it('ends each piece in the middle of the longest pause before the limit and loses no sample', () => {
    // Speech 3 s, pause 0.4 s, speech 1 s, pause 1 s (the longest), speech 3 s, ... with a 6 s limit.
    const audio = Buffer.concat([pcm(3, true), pcm(0.4, false), pcm(1, true), pcm(1, false), pcm(3, true)]);
    const events = run(new PauseSplitter({ maxPieceS: 6, lookbackS: 3 }), audio);
    const lengths = pieces(events);
    expect(lengths).to.have.length(2);
    // The cut falls in the 1 s pause that starts at 4.4 s: at its middle, 4.9 s, to the nearest 30 ms frame.
    expect(lengths[0]).to.be.closeTo(4.9, 0.03);
    expect(lengths[0]! + lengths[1]!).to.be.closeTo(audio.length / 2 / RATE, 1e-9);
    const joined = Buffer.concat(events.map((e) => ('audio' in e ? e.audio : Buffer.alloc(0))));
    expect(joined.equals(audio)).to.equal(true);
  });

  it('never makes a piece longer than the limit, even without any pause', () => {
    const audio = pcm(20, true);
    const lengths = pieces(run(new PauseSplitter({ maxPieceS: 4, lookbackS: 1 }), audio));
    expect(lengths.length).to.be.greaterThanOrEqual(5);
    for (const l of lengths) expect(l).to.be.at.most(4);
    expect(lengths.reduce((a, b) => a + b, 0)).to.be.closeTo(20, 1e-9);
  });
});

describe('pauseMiddle', () => {
  it('picks the middle of the longest quiet run, the later one on a tie', () => {
    expect(pauseMiddle([-10, -100, -100, -10, -100, -100, -100, -100, -10])).to.equal(6);
    expect(pauseMiddle([-10, -100, -100, -10, -100, -100, -10])).to.equal(5);
  });

  it('treats frames within 6 dB of the quietest as pause when nothing is silent', () => {
    expect(pauseMiddle([-20, -20, -31, -33, -35, -20, -34, -20])).to.equal(3);
  });
});
