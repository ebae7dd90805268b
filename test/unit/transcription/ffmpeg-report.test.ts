import { expect } from 'chai';
import { channelCount, parseInputReport } from '../../../processors/transcription/ffmpeg-report.js';

const URL = "from 'http://127.0.0.1:4000/0123abcd':";
const MAPPING = (stream: number, codec: string) => [
  'Stream mapping:',
  `  Stream #0:${stream} -> #0:0 (${codec} (native) -> pcm_s16le (native))`,
  "Output #0, s16le, to 'pipe:1':",
  '  Stream #0:0: Audio: pcm_s16le, 16000 Hz, mono, s16, 256 kb/s',
  'size=      62kB time=00:00:02.00 bitrate= 256.0kbits/s speed= 271x',
];

describe('ffmpeg input report', () => {
  it('reads container, codec, rate, channels and announced length from a phone M4A', () => {
    const report = parseInputReport(
      [
        `Input #0, mov,mp4,m4a,3gp,3g2,mj2, ${URL}`,
        '  Metadata:',
        '    major_brand     : M4A ',
        '  Duration: 00:01:02.50, start: 0.000000, bitrate: 70 kb/s',
        '  Stream #0:0[0x1](und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 69 kb/s (default)',
        '    Metadata:',
        '      handler_name    : SoundHandler',
        ...MAPPING(0, 'aac'),
      ].join('\n'),
    );
    expect(report).to.deep.equal({
      opened: true,
      noAudio: false,
      probe: {
        format: 'mov,mp4,m4a,3gp,3g2,mj2',
        durationS: 62.5,
        codec: 'aac',
        sampleRateHz: 44_100,
        channels: 2,
      },
    });
  });

  it('follows the stream ffmpeg mapped, past a cover picture, and leaves an unknown length unset', () => {
    const report = parseInputReport(
      [
        `Input #0, matroska,webm, ${URL}`,
        '  Duration: N/A, start: 0.000000, bitrate: N/A',
        '  Stream #0:0: Video: mjpeg (Baseline), yuvj420p(pc), 32x32, 90k tbr (attached pic)',
        '  Stream #0:1(eng): Audio: opus, 48000 Hz, mono, fltp (default)',
        ...MAPPING(1, 'opus'),
      ].join('\n'),
    );
    expect(report.probe).to.deep.equal({ format: 'matroska,webm', codec: 'opus', sampleRateHz: 48_000, channels: 1 });
  });

  it('tells a file ffmpeg could not open from one without audio', () => {
    const junk = parseInputReport(`${URL.slice(6)}: Invalid data found when processing input`);
    expect(junk).to.deep.equal({ opened: false, noAudio: false, probe: {} });
    const video = parseInputReport(
      [
        `Input #0, matroska,webm, ${URL}`,
        '  Duration: 00:00:01.00, start: 0.000000, bitrate: 5 kb/s',
        '  Stream #0:0: Video: vp8, yuv420p(tv, progressive), 32x32, 25 fps',
        "Stream map '0:a:0' matches no streams.",
      ].join('\n'),
    );
    expect(video).to.include({ opened: true, noAudio: true });
  });

  it('trusts no Duration or stream line that file metadata could have forged', () => {
    const report = parseInputReport(
      [
        `Input #0, ogg, ${URL}`,
        '  Duration: 00:00:02.01, start: 0.000000, bitrate: 72 kb/s',
        '  Stream #0:0(x): Audio: aac, 8000 Hz, stereo, (x): Audio: opus, 48000 Hz, mono, fltp',
        '    Metadata:',
        '      x',
        '  Duration: 01:00:00.00, start: 0.000000, bitrate: 1 kb/s: x',
        '      y',
        '  Stream #0:0: Audio: mp3, 8000 Hz, 5.1, fltp: x',
        'Stream mapping:',
        '      z',
        ...MAPPING(0, 'opus'),
      ].join('\n'),
    );
    expect(report.probe).to.deep.equal({ format: 'ogg', codec: 'opus' });
  });

  it('reads the part after the last ": Audio: " of a stream line, whatever its language tag says', () => {
    const report = parseInputReport(
      [
        `Input #0, ogg, ${URL}`,
        '  Duration: 00:00:02.01, start: 0.000000, bitrate: 72 kb/s',
        '  Stream #0:0(x): Audio: aac, 8000 Hz, 5.1, (x): Audio: opus, 48000 Hz, mono, fltp',
        ...MAPPING(0, 'opus'),
      ].join('\n'),
    );
    expect(report.probe).to.include({ durationS: 2.01, sampleRateHz: 48_000, channels: 1 });
  });

  it('counts channels from ffmpeg layout names', () => {
    const counts = ['mono', 'stereo', '5.1(side)', '7.1', '22.2', 'quad', '3 channels', 'FL+FR+LFE', 'weird'].map(
      channelCount,
    );
    expect(counts).to.deep.equal([1, 2, 6, 8, 24, 4, 3, 3, undefined]);
    expect(channelCount('constructor')).to.equal(undefined);
  });
});
