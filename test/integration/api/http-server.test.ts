import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { expect } from 'chai';
import { listen } from '../../../api/server.js';
import { createLogger } from '../../../lib/logger.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';

interface RawResponse {
  statusLine: string;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are (no client library would send these) and reads until the server closes. */
function raw(port: number, payload: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ statusLine, headers, body });
    });
    socket.setTimeout(5000, () => socket.destroy(new Error('the server neither answered nor closed')));
    socket.write(payload);
  });
}

describe('the HTTP server (api/server.ts) with requests Node cannot parse', () => {
  let t: TestDatabase;
  let server: Server;
  let port: number;
  before(async () => {
    t = await createTestDatabase();
    server = await listen(testApp(t.db, testConfig(t.url)), 0, createLogger('silent'));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.drop();
  });

  const expectEnvelope = (res: RawResponse, status: string, code: string) => {
    expect(res.statusLine).to.equal(`HTTP/1.1 ${status}`);
    expect(res.headers['content-type']).to.match(/^application\/json/);
    expect(Number(res.headers['content-length'])).to.equal(Buffer.byteLength(res.body));
    expect(res.headers.connection).to.equal('close');
    expect(res.headers['x-request-id']).to.match(/^[0-9a-f-]{36}$/);
    const body = JSON.parse(res.body);
    expect(body.error).to.include({ code });
    expect(body.error.message).to.be.a('string');
    expect(body.error.details).to.deep.equal({ request_id: res.headers['x-request-id'] });
  };

  it('answers a control character in a header with 400 bad_request in the error envelope', async () => {
    const res = await raw(port, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0001b\r\n\r\n');
    expectEnvelope(res, '400 Bad Request', 'bad_request');
  });

  it('answers over-large headers with 431 headers_too_large in the error envelope', async () => {
    const res = await raw(port, `GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expectEnvelope(res, '431 Request Header Fields Too Large', 'headers_too_large');
  });

  it('answers a request line that is not HTTP with 400 bad_request and keeps serving', async () => {
    expectEnvelope(await raw(port, 'HELLO\r\n\r\n'), '400 Bad Request', 'bad_request');
    const ok = await raw(port, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(ok.statusLine).to.equal('HTTP/1.1 200 OK');
  });
});
