import fs from 'node:fs';
import dgram from 'node:dgram';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import type { AudioContainer } from '../../../lib/audio/sniff.js';
import { findOnPath, resolveFfmpegPaths } from '../../../lib/ffmpeg-paths.js';
import { decoderArgs } from '../../../processors/transcription/decode.js';
import { startDecoder } from '../../../processors/transcription/decoder-pool.js';
import {
  boundUdpPorts,
  dashManifest,
  hlsPlaylist,
  ID3_TAG,
  requestRecorder,
  sdpSession,
} from '../../setup/hostile-media.js';

async function freeUdpPort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/** Runs a decoder on `bytes` as the stage would for `container`; resolves with the PCM bytes it produced. */
async function decodeAs(ffmpeg: string, container: AudioContainer, bytes: Buffer): Promise<number> {
  let decoder;
  if (container === 'mp4') {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'resona-restrict-')), 'upload');
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    const fd = fs.openSync(file, 'r');
    decoder = startDecoder(ffmpeg, decoderArgs(container, 'file'), fd);
    fs.closeSync(fd);
    fs.rmSync(path.dirname(file), { recursive: true });
  } else {
    decoder = startDecoder(ffmpeg, decoderArgs(container, 'pipe'), 'pipe');
    decoder.stdin!.end(bytes);
  }
  const timer = setTimeout(decoder.kill, 15_000);
  let pcm = 0;
  for await (const chunk of decoder.stdout as AsyncIterable<Buffer>) pcm += chunk.length;
  await decoder.exited;
  clearTimeout(timer);
  return pcm;
}

const CONTAINERS: AudioContainer[] = ['mp3', 'wav', 'ogg', 'webm', 'flac', 'mp4'];

describe('ffmpeg reading an upload with the sniffed container’s demuxer alone', function () {
  this.timeout(120_000);
  let recorder: Awaited<ReturnType<typeof requestRecorder>>;
  let origin: string;
  let requests: string[];
  before(async () => {
    recorder = await requestRecorder();
    ({ origin, requests } = recorder);
  });
  after(() => recorder.close());

  const binaries: Array<[string, () => Promise<string>]> = [
    ['the system ffmpeg', async () => findOnPath('ffmpeg')!],
    ['the npm package’s 2018 ffmpeg', async () => (await resolveFfmpegPaths({}, '')).ffmpeg],
  ];
  for (const [which, binary] of binaries) {
    it(`makes ${which} request no URL from a playlist or manifest, whichever container it was told`, async () => {
      const ffmpeg = await binary();
      const bodies = [
        Buffer.concat([ID3_TAG, hlsPlaylist(origin)]),
        hlsPlaylist(origin),
        Buffer.concat([ID3_TAG, dashManifest(origin)]),
      ];
      for (const container of CONTAINERS) {
        for (const body of bodies) expect(await decodeAs(ffmpeg, container, body), container).to.equal(0);
      }
      expect(requests).to.deep.equal([]);
    });

    it(`makes ${which} bind no UDP port an SDP file names, whichever container it was told`, async () => {
      const ffmpeg = await binary();
      const port = await freeUdpPort();
      let bound = false;
      const watch = setInterval(() => (bound ||= boundUdpPorts().has(port)), 5);
      try {
        for (const container of CONTAINERS) {
          for (const body of [sdpSession(port), Buffer.concat([ID3_TAG, sdpSession(port)])]) {
            expect(await decodeAs(ffmpeg, container, body), container).to.equal(0);
          }
        }
      } finally {
        clearInterval(watch);
      }
      expect(bound).to.equal(false);
    });
  }
});
