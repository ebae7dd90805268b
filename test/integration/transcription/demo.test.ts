import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { resona } from '../../setup/cli.js';
import { startEngine, type Engine } from '../../setup/engine.js';
import { pipelineWithTranscription } from './engine-helpers.js';

describe('resona demo', function () {
  this.timeout(180_000);
  let engine: Engine;
  let server: Server;
  let url: string;
  before(async () => {
    engine = await startEngine('redis', pipelineWithTranscription(), { STT_PROVIDER: 'none' });
    server = engine.app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await engine.stop();
  });

  it('submits spoken samples in three formats through the API and prints a table of their results', async () => {
    const run = await resona(['demo', '--url', url], {});
    expect(run.code, run.stderr).to.equal(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).to.match(/^sample\s+status\s+duration\s+F0 median\s+voiced\s+pauses\s+transcript$/);
    expect(lines).to.have.length(4);
    for (const line of lines.slice(1)) expect(line).to.match(/ completed +\d+\.\d s +\d+ Hz +\d+ % +\d+ % +"/);
    expect(run.stdout).to.include('"Habari. Niko sawa');
    expect(run.stderr).to.match(/registered demo-[0-9a-f]+@example.org; submitting 3 recordings/);
    const users = await engine.t.db('users').where('email', 'like', 'demo-%').count('* as n').first();
    expect(users).to.deep.equal({ n: '1' });
  });

  it('exits non-zero with one line when no service answers at --url', async () => {
    const run = await resona(['demo', '--url', 'http://127.0.0.1:1'], {});
    expect(run.code).to.equal(1);
    expect(run.stderr.trim().split('\n')).to.have.length(1);
    expect(run.stderr).to.match(/^resona: cannot reach Resona at http:\/\/127\.0\.0\.1:1/);
  });
});
