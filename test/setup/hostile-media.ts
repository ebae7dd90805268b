import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// Uploads that are not audio but that ffmpeg's format detection would open as a stream description:
// each makes an unrestricted ffmpeg fetch a URL or listen on a UDP port chosen by the uploader.

/** An empty ID3v2.4 tag: ffmpeg skips it and detects whatever follows. */
export const ID3_TAG = Buffer.from([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);

/** An HLS playlist whose one segment is at `origin`; `?f=.ts` passes ffmpeg's segment-extension check. */
export const hlsPlaylist = (origin: string) =>
  Buffer.from(
    ['#EXTM3U', '#EXT-X-TARGETDURATION:10', '#EXTINF:10,', `${origin}/segment?f=.ts`, '#EXT-X-ENDLIST', ''].join('\n'),
  );

/** A DASH manifest whose audio lives at `origin`. */
export const dashManifest = (origin: string) =>
  Buffer.from(
    '<?xml version="1.0"?>\n<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static" mediaPresentationDuration="PT10S" ' +
      'minBufferTime="PT1S" profiles="urn:mpeg:dash:profile:isoff-on-demand:2011"><Period><AdaptationSet ' +
      'mimeType="audio/mp4"><Representation id="a" bandwidth="64000" codecs="mp4a.40.2">' +
      `<BaseURL>${origin}/dash.mp4</BaseURL></Representation></AdaptationSet></Period></MPD>\n`,
  );

/** An SDP session description: RTP audio on UDP `port` of the loopback address. */
export const sdpSession = (port: number) =>
  Buffer.from(
    ['v=0', 'o=- 0 0 IN IP4 127.0.0.1', 's=x', 'c=IN IP4 127.0.0.1', 't=0 0', `m=audio ${port} RTP/AVP 0`, ''].join(
      '\r\n',
    ),
  );

/** Local UDP ports some socket is bound to (Linux /proc). */
export function boundUdpPorts(): Set<number> {
  const ports = new Set<number>();
  for (const table of ['/proc/net/udp', '/proc/net/udp6']) {
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const local = line.trim().split(/\s+/)[1];
      if (local) ports.add(parseInt(local.split(':')[1]!, 16));
    }
  }
  return ports;
}

/** A loopback HTTP server that answers 404 and records every path asked for: what a hostile upload points at. */
export async function requestRecorder(): Promise<{ origin: string; requests: string[]; close(): void }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, requests, close: () => server.close() };
}
