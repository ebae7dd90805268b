import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { expect } from 'chai';
import { pino } from 'pino';
import { findOnPath, resolveFfmpegPaths } from '../../../lib/ffmpeg-paths.js';
import { checkRestrictedDecoding, decodingFfmpeg } from '../../../processors/transcription/ffmpeg-check.js';

/** A logger whose records land in `lines`. */
function capturingLogger(lines: Array<Record<string, unknown>>) {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level: 'info' }, sink);
}

describe('the ffmpeg that decodes uploads', function () {
  this.timeout(30_000);

  it('passes the system ffmpeg and the npm package’s 2018 build: both decode under the restrictions', async () => {
    expect(await checkRestrictedDecoding(findOnPath('ffmpeg')!)).to.match(/^\d|^N-/);
    expect(await checkRestrictedDecoding((await resolveFfmpegPaths({}, '')).ffmpeg)).to.match(/^N-47683/);
  });

  it('refuses, as an operator’s error naming the binary, an ffmpeg that does not take the restrictions', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resona-old-ffmpeg-'));
    const fake = path.join(dir, 'ffmpeg');
    fs.writeFileSync(
      fake,
      '#!/bin/sh\necho "ffmpeg version 2.8 Copyright" >&2\necho "Unrecognized option \'protocol_whitelist\'." >&2\n' +
        'echo "Error splitting the argument list: Option not found" >&2\nexit 1\n',
      { mode: 0o755 },
    );
    const err = (await checkRestrictedDecoding(fake).catch((e: unknown) => e)) as Error;
    expect(err.constructor).to.equal(Error);
    expect(err.message).to.equal(
      `ffmpeg at ${fake} (version 2.8) cannot decode with its input restricted to the uploaded bytes ` +
        '(-f, -format_whitelist, -protocol_whitelist): Error splitting the argument list: Option not found. ' +
        'Install a current ffmpeg or set FFMPEG_PATH.',
    );
    const lines: Array<Record<string, unknown>> = [];
    const refused = await decodingFfmpeg({ ffmpegPath: fake }, capturingLogger(lines)).catch((e: unknown) => e);
    expect((refused as Error).message).to.equal(err.message);
    fs.rmSync(dir, { recursive: true });
  });

  it('logs once which ffmpeg decodes uploads, with a warning when it is the npm package’s build', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = capturingLogger(lines);
    const npm = (await resolveFfmpegPaths({}, '')).ffmpeg;
    await decodingFfmpeg({ ffmpegPath: npm }, logger);
    await decodingFfmpeg({ ffmpegPath: npm }, logger);
    expect(lines).to.have.length(1);
    expect(lines[0]).to.include({ level: 40, ffmpeg: npm, version: 'N-47683-g0e8eb07980-static' });
    expect(lines[0]!.msg).to.match(/npm package @ffmpeg-installer\/ffmpeg, a 2018 build/);
    // The system binary under a path of its own: checked (and logged) once per path and process.
    const system = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'resona-ffmpeg-')), 'ffmpeg');
    fs.symlinkSync(findOnPath('ffmpeg')!, system);
    await decodingFfmpeg({ ffmpegPath: system }, logger);
    expect(lines[1]).to.include({ level: 30, ffmpeg: system, origin: 'settings' });
    expect(lines[1]!.msg).to.equal('uploads are decoded with this ffmpeg');
    fs.rmSync(path.dirname(system), { recursive: true });
  });
});
