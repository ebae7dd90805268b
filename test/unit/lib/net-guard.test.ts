import type dns from 'node:dns';
import { expect } from 'chai';
import { BlockedAddressError, guardedLookup, isPrivateAddress, isPrivateUrl } from '../../../lib/net-guard.js';

/** Addresses that are never a callback target, each with the block that makes it so. */
const REFUSED: Array<[address: string, block: string]> = [
  ['127.0.0.1', 'loopback'],
  ['10.0.0.5', 'private-use 10/8'],
  ['172.16.3.4', 'private-use 172.16/12'],
  ['192.168.1.1', 'private-use 192.168/16'],
  ['169.254.169.254', 'link-local (cloud metadata)'],
  ['100.64.0.1', 'CGNAT 100.64/10'],
  ['100.127.255.255', 'CGNAT 100.64/10, last address'],
  ['0.0.0.0', '"this network" 0/8'],
  ['198.18.0.1', 'benchmarking 198.18/15'],
  ['198.19.255.254', 'benchmarking 198.18/15, upper half'],
  ['192.0.0.8', 'IETF protocol assignments 192.0.0/24'],
  ['192.0.0.170', 'NAT64 discovery 192.0.0.170'],
  ['192.0.2.1', 'documentation TEST-NET-1'],
  ['198.51.100.7', 'documentation TEST-NET-2'],
  ['203.0.113.9', 'documentation TEST-NET-3'],
  ['192.88.99.1', 'deprecated 6to4 relay anycast'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast (SSDP)'],
  ['240.0.0.1', 'reserved 240/4'],
  ['255.255.255.255', 'limited broadcast'],
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local with a zone'],
  ['fd00::1', 'unique local'],
  ['fec0::1', 'deprecated site-local'],
  ['ff02::1', 'multicast'],
  ['100::1', 'discard-only 100::/64'],
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['::ffff:808:808', 'IPv4-mapped, even of a global address'],
  ['::ffff:0:7f00:1', 'IPv4-translated ::ffff:0:0:0/96'],
  ['::ffff:0:808:808', 'IPv4-translated, even of a global address'],
  ['::7f00:1', 'IPv4-compatible ::/96'],
  ['::808:808', 'IPv4-compatible, even of a global address'],
  ['64:ff9b::7f00:1', 'NAT64 of loopback'],
  ['64:ff9b::808:808', 'NAT64 64:ff9b::/96, even of a global address'],
  ['64:ff9b:1::a00:1', 'local-use NAT64 64:ff9b:1::/48'],
  ['2002:7f00:1::1', '6to4 of loopback'],
  ['2002:808:808::1', '6to4 2002::/16, even of a global address'],
  ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo 2001::/32'],
  ['2001:2::1', 'benchmarking 2001:2::/48'],
  ['2001:10::1', 'deprecated ORCHID 2001:10::/28'],
  ['2001:20::1', 'ORCHIDv2 2001:20::/28'],
  ['2001:db8::1', 'documentation 2001:db8::/32'],
  ['3fff::1', 'documentation 3fff::/20'],
  ['3fff:fff::1', 'documentation 3fff::/20, last /32'],
  ['5f00::1', 'SRv6 SIDs, outside global unicast'],
  ['4000::1', 'unassigned, outside 2000::/3'],
];

const GLOBAL = [
  '8.8.8.8',
  '1.1.1.1',
  '192.0.3.1',
  '198.20.0.1',
  '100.128.0.1',
  '2001:4860:4860::8888',
  '2606:4700:4700::1111',
  '2001:200::1',
];

/** A fake DNS that answers every name with `addresses`. */
const answering =
  (...addresses: string[]) =>
  (_host: string, _opts: dns.LookupAllOptions, cb: (e: null, a: dns.LookupAddress[]) => void) =>
    cb(
      null,
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );

function lookup(addresses: string[], allowPrivate = false): Promise<{ err: Error | null; address: unknown }> {
  return new Promise((resolve) =>
    guardedLookup(allowPrivate, answering(...addresses))('hook.example', { all: true }, (err, address) =>
      resolve({ err, address }),
    ),
  );
}

describe('net guard', () => {
  for (const [address, block] of REFUSED) {
    it(`refuses ${address} (${block})`, () => {
      expect(isPrivateAddress(address)).to.equal(true);
    });
  }

  it('allows globally routable unicast addresses, also next to refused blocks', () => {
    for (const a of GLOBAL) expect(isPrivateAddress(a), a).to.equal(false);
  });

  for (const url of [
    'http://localhost:3000/x',
    'http://localhost./x',
    'http://hook.localhost./x',
    'https://[::1]/x',
    'http://[::ffff:127.0.0.1]/x',
    'http://[::127.0.0.1]/x',
    'http://[64:ff9b::127.0.0.1]/x',
    'http://[2002:a00:1::1]/x',
    'http://198.18.0.1/x',
    'http://0xc0.0.0.1/x',
    'http://printer.local/x',
    'http://db.internal/x',
    'http://router.home.arpa/x',
  ]) {
    it(`refuses the callback URL ${url} at submit time`, () => {
      expect(isPrivateUrl(url)).to.equal(true);
    });
  }

  it('accepts callback URLs naming a public host or a global address', () => {
    for (const url of ['https://example.org/hook', 'https://8.8.8.8/hook', 'https://[2001:4860:4860::8888]/hook']) {
      expect(isPrivateUrl(url), url).to.equal(false);
    }
  });

  for (const [answer, embedded] of [
    ['64:ff9b::7f00:1', '127.0.0.1'],
    ['64:ff9b:1::a9fe:a9fe', '169.254.169.254'],
    ['::ffff:0:a00:1', '10.0.0.1'],
    ['::c0a8:101', '192.168.1.1'],
    ['2002:a00:1::1', '10.0.0.1'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', '127.0.0.1'],
  ]) {
    it(`refuses a DNS answer ${answer}, naming the IPv4 address it embeds (${embedded})`, async () => {
      const { err } = await lookup([answer!]);
      expect(err).to.be.instanceOf(BlockedAddressError);
      expect(err!.message).to.include(answer).and.include(embedded);
    });
  }

  it('refuses a DNS answer mixing a global and a refused address', async () => {
    const { err } = await lookup(['8.8.8.8', '198.51.100.1']);
    expect(err).to.be.instanceOf(BlockedAddressError);
  });

  it('passes global DNS answers on, and refused ones only when private addresses are allowed', async () => {
    expect(await lookup(['2001:4860:4860::8888', '8.8.8.8'])).to.deep.include({ err: null });
    expect((await lookup(['2001:4860:4860::8888'])).address).to.deep.equal([
      { address: '2001:4860:4860::8888', family: 6 },
    ]);
    expect(await lookup(['64:ff9b::7f00:1'], true)).to.deep.include({ err: null });
  });

  it('refuses, at connection time, a host name that the system resolver resolves to loopback', async () => {
    const err = await new Promise((resolve) => guardedLookup(false)('localhost', {}, (e) => resolve(e)));
    expect(err).to.be.instanceOf(Error);
    const ok = await new Promise((resolve) => guardedLookup(true)('localhost', {}, (e, addr) => resolve(e ?? addr)));
    expect(ok).to.be.a('string');
  });
});
