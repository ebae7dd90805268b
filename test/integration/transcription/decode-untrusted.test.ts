import dgram from 'node:dgram';
import { expect } from 'chai';
import { StageInputError } from '../../../processors/stage.js';
import { openAudioSource } from '../../../processors/transcription/audio-source.js';
import { decodeRecording } from '../../../processors/transcription/decode.js';
import { ffmpegPaths } from '../../../lib/ffmpeg-paths.js';
import {
  boundUdpPorts,
  dashManifest,
  hlsPlaylist,
  ID3_TAG,
  requestRecorder,
  sdpSession,
} from '../../setup/hostile-media.js';

/** Decodes stored bytes the way the stage does; resolves with the error it ends with. */
async function decodeError(bytes: Buffer): Promise<unknown> {
  const source = openAudioSource(async function* () {
    yield bytes;
  });
  const paths = await ffmpegPaths({});
  const stats = { samples: 0, peak: 0 };
  const signal = AbortSignal.timeout(15_000);
  try {
    for await (const _ of decodeRecording(source, { paths, signal, maxSeconds: 60, stats }));
    return undefined;
  } catch (err) {
    return err;
  } finally {
    await source.close();
  }
}

function expectInvalidAudio(err: unknown): void {
  expect(err).to.be.instanceOf(StageInputError);
  expect((err as StageInputError).code).to.equal('invalid_audio');
}

describe('decoding uploads that describe streams instead of holding audio', function () {
  this.timeout(30_000);
  let recorder: Awaited<ReturnType<typeof requestRecorder>>;
  let origin: string;
  let requests: string[];
  before(async () => {
    recorder = await requestRecorder();
    ({ origin, requests } = recorder);
  });
  beforeEach(() => (requests.length = 0));
  after(() => recorder.close());

  it('fails an HLS playlist behind an ID3 tag as invalid_audio without requesting its segment', async () => {
    expectInvalidAudio(await decodeError(Buffer.concat([ID3_TAG, hlsPlaylist(origin)])));
    expect(requests).to.deep.equal([]);
  });

  it('fails a DASH manifest behind an ID3 tag as invalid_audio without requesting its media', async () => {
    expectInvalidAudio(await decodeError(Buffer.concat([ID3_TAG, dashManifest(origin)])));
    expect(requests).to.deep.equal([]);
  });

  it('fails a bare HLS playlist as invalid_audio without requesting its segment', async () => {
    expectInvalidAudio(await decodeError(hlsPlaylist(origin)));
    expect(requests).to.deep.equal([]);
  });

  it('fails an SDP file behind an ID3 tag as invalid_audio without binding or receiving on its UDP port', async () => {
    // A port free now, named by the SDP: ffmpeg would bind it to receive RTP.
    const probe = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => probe.bind(0, '127.0.0.1', resolve));
    const port = probe.address().port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    let bound = false;
    const watch = setInterval(() => (bound ||= boundUdpPorts().has(port)), 5);
    const sender = dgram.createSocket('udp4');
    const send = setInterval(() => sender.send(Buffer.alloc(12, 0x80), port, '127.0.0.1', () => {}), 5);
    try {
      expectInvalidAudio(await decodeError(Buffer.concat([ID3_TAG, sdpSession(port)])));
    } finally {
      clearInterval(watch);
      clearInterval(send);
      sender.close();
    }
    expect(bound).to.equal(false);
  });
});
