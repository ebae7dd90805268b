import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export const BOUNDARY = 'resona-test-boundary';
export const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

/** One text field of a multipart body. */
export const fieldPart = (name: string, value: string | Buffer): Buffer =>
  Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
    Buffer.from(value),
    Buffer.from('\r\n'),
  ]);

/** The head of the `audio` file part; its bytes follow. */
export const audioPartHead = (filename = 'a.wav'): Buffer =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="audio"; filename="${filename}"\r\nContent-Type: audio/wav\r\n\r\n`,
  );

export const CLOSING = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { error?: { code: string; message: string } } & Record<string, unknown>;
  /** Milliseconds from opening the request to the end of the answer. */
  ms: number;
}

/** The app on a loopback port, for clients that write their body by hand. */
export async function listen(app: Express): Promise<{ port: number; close: () => Promise<void> }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A POST /v1/analyses whose body the test writes piece by piece: it may stop halfway (a stalled client),
 * keep going, or be cut off (`req.destroy()`). `response` settles with the server's answer, if one comes.
 */
export function openUpload(port: number, auth: string, contentLength?: number) {
  const started = Date.now();
  const req = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/v1/analyses',
    headers: {
      Authorization: auth,
      'Content-Type': MULTIPART,
      ...(contentLength === undefined ? {} : { 'Content-Length': contentLength }),
    },
  });
  const response = new Promise<RawResponse>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      // Once answered, a reset of the rest of the upload is expected.
      req.removeListener('error', reject);
      req.on('error', () => {});
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', () => {});
      res.on('close', () => {
        const text = Buffer.concat(chunks).toString();
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: text ? JSON.parse(text) : {},
          ms: Date.now() - started,
        });
      });
    });
  });
  response.catch(() => undefined);
  return { req, response };
}

/** Rejects when `promise` takes longer than `ms`, naming what was awaited. */
export function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
