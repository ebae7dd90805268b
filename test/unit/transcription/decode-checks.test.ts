import { expect } from 'chai';
import { StageInputError } from '../../../processors/stage.js';
import { checkDecoded, formatSeconds, wavAnnouncedSeconds } from '../../../processors/transcription/decode.js';

/** A PCM WAV header: 16 kHz mono 16-bit, with a LIST chunk before the data, announcing `dataBytes`. */
function wavHeader(dataBytes: number): Buffer {
  const fmt = Buffer.alloc(24);
  fmt.write('fmt ', 0, 'latin1');
  fmt.writeUInt32LE(16, 4);
  fmt.writeUInt16LE(1, 8);
  fmt.writeUInt16LE(1, 10);
  fmt.writeUInt32LE(16000, 12);
  fmt.writeUInt32LE(32000, 16);
  fmt.writeUInt16LE(2, 20);
  fmt.writeUInt16LE(16, 22);
  const list = Buffer.concat([Buffer.from('LIST\x05\x00\x00\x00INFOx\x00', 'latin1')]);
  const data = Buffer.alloc(8);
  data.write('data', 0, 'latin1');
  data.writeUInt32LE(dataBytes, 4);
  return Buffer.concat([Buffer.from('RIFF\x00\x00\x00\x00WAVE', 'latin1'), fmt, list, data]);
}

const invalid = (fn: () => void): string => {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(StageInputError);
    expect((err as StageInputError).code).to.equal('invalid_audio');
    return (err as Error).message;
  }
  throw new Error('expected invalid_audio');
};

describe('decode checks', () => {
  it('reads the length a WAV header announces, past odd-sized chunks, and ignores streaming placeholders', () => {
    expect(wavAnnouncedSeconds(wavHeader(160_000))).to.equal(5);
    expect(wavAnnouncedSeconds(wavHeader(0))).to.equal(undefined);
    expect(wavAnnouncedSeconds(wavHeader(0xffffffff))).to.equal(undefined);
    expect(wavAnnouncedSeconds(Buffer.from('OggS........'))).to.equal(undefined);
  });

  it('calls a recording empty, silent or incomplete in words a person understands', () => {
    const probe = { format: 'wav', durationS: 5 };
    expect(invalid(() => checkDecoded(probe, { samples: 0, peak: 0 }))).to.match(/empty/);
    expect(invalid(() => checkDecoded(probe, { samples: 80_000, peak: 20 }))).to.match(/silent/);
    expect(invalid(() => checkDecoded(probe, { samples: 32_000, peak: 9000 }))).to.equal(
      'The recording is incomplete: it stops after 2 s of the 5 s it should last (the recording or the upload was interrupted).',
    );
  });

  it('accepts a complete recording, one that announces no length, and an MP3 whose length is only estimated', () => {
    checkDecoded({ format: 'wav', durationS: 5 }, { samples: 79_000, peak: 9000 });
    checkDecoded({ format: 'matroska,webm' }, { samples: 16_000, peak: 9000 });
    checkDecoded({ format: 'mp3', durationS: 9 }, { samples: 32_000, peak: 9000 });
  });

  it('writes durations as seconds under a minute, minutes and seconds above', () => {
    expect(formatSeconds(2.04)).to.equal('2 s');
    expect(formatSeconds(90)).to.equal('1 min 30 s');
    expect(formatSeconds(1800)).to.equal('30 min');
  });
});
