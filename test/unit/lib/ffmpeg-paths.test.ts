import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { resolveFfmpegPaths } from '../../../lib/ffmpeg-paths.js';

/** A directory holding executable files of these names. */
function binDir(...names: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resona-bin-'));
  for (const n of names) fs.writeFileSync(path.join(dir, n), '#!/bin/sh\n', { mode: 0o755 });
  return dir;
}

describe('ffmpeg path', () => {
  it('takes FFMPEG_PATH first, whatever is on PATH', async () => {
    const configured = binDir('my-ffmpeg');
    const paths = await resolveFfmpegPaths({ ffmpegPath: path.join(configured, 'my-ffmpeg') }, binDir('ffmpeg'));
    expect(paths).to.deep.equal({ ffmpeg: path.join(configured, 'my-ffmpeg'), origin: 'settings' });
  });

  it('refuses a configured path that is not an executable file', async () => {
    const err = await resolveFfmpegPaths({ ffmpegPath: '/nonexistent/ffmpeg' }, '').catch((e: Error) => e);
    expect((err as Error).message).to.equal('ffmpeg at /nonexistent/ffmpeg (from the settings) is not executable');
  });

  it('uses the system binary on PATH next, in PATH order', async () => {
    const first = binDir('ffmpeg');
    const second = binDir('ffmpeg');
    const paths = await resolveFfmpegPaths({}, [binDir(), first, second].join(path.delimiter));
    expect(paths).to.deep.equal({ ffmpeg: path.join(first, 'ffmpeg'), origin: 'path' });
  });

  it('falls back to the npm installer package when it is neither set nor on PATH', async () => {
    const paths = await resolveFfmpegPaths({}, binDir());
    expect(paths.ffmpeg).to.match(/node_modules\/@ffmpeg-installer\/[^/]+\/ffmpeg$/);
    expect(paths.origin).to.equal('npm');
  });
});
