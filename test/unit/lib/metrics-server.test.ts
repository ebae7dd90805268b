import net from 'node:net';
import { expect } from 'chai';
import { pino } from 'pino';
import { serveMetrics } from '../../../lib/metrics-server.js';
import { Metrics } from '../../../lib/metrics.js';
import type { Logger } from '../../../lib/logger.js';
import { freePort } from '../../setup/processes.js';

function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s)) }) as unknown as Logger;
  return { logger, lines };
}

describe('serveMetrics', () => {
  it('serves /metrics on loopback when asked for 127.0.0.1', async () => {
    const port = await freePort();
    const server = await serveMetrics(new Metrics(), { port, host: '127.0.0.1', logger: capturingLogger().logger });
    try {
      expect((server!.address() as net.AddressInfo).address).to.equal('127.0.0.1');
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).to.equal(200);
      expect(await res.text()).to.include('resona_job_duration_seconds');
    } finally {
      server?.close();
    }
  });

  it('runs without metrics, logging why, when the port is already taken (a second worker on the host)', async () => {
    const port = await freePort();
    const taken = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => taken.once('listening', r));
    const { logger, lines } = capturingLogger();
    try {
      const server = await serveMetrics(new Metrics(), { port, host: '127.0.0.1', logger });
      expect(server).to.equal(undefined);
      expect(lines.some((l) => l.code === 'EADDRINUSE' && String(l.msg).includes('without its own /metrics'))).to.equal(
        true,
      );
    } finally {
      taken.close();
    }
  });

  it('serves nothing on port 0', async () => {
    expect(
      await serveMetrics(new Metrics(), { port: 0, host: '127.0.0.1', logger: capturingLogger().logger }),
    ).to.equal(undefined);
  });
});
