import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Answers JSON, as OpenAI's API does. */
export const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  void res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));

/** A fake of an outside HTTP service on a free loopback port, for the real client library to talk to. */
export abstract class LoopbackFake {
  private server?: http.Server;

  /** The OpenAI-style base URL (`/v1`) of the running fake. */
  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v1`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res).catch(() => res.destroy()));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }

  protected abstract handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
}
