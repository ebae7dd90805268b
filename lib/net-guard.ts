import dns from 'node:dns';
import net from 'node:net';

type Family = 'ipv4' | 'ipv6';
type Block = [network: string, prefix: number, name: string];

/**
 * IANA's IPv4 special-purpose blocks that are not globally reachable, plus multicast and reserved space.
 * More specific blocks come first so that a refusal names the narrowest one.
 */
const IPV4_BLOCKS: Block[] = [
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'private-use'],
  ['100.64.0.0', 10, 'shared address space (CGNAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private-use'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation (TEST-NET-1)'],
  ['192.88.99.0', 24, 'deprecated 6to4 relay anycast'],
  ['192.168.0.0', 16, 'private-use'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation (TEST-NET-2)'],
  ['203.0.113.0', 24, 'documentation (TEST-NET-3)'],
  ['224.0.0.0', 4, 'multicast'],
  ['255.255.255.255', 32, 'limited broadcast'],
  ['240.0.0.0', 4, 'reserved'],
];

/** Only global unicast space (2000::/3) may be a target; these name the blocks outside it and the holes in it. */
const IPV6_BLOCKS: Block[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['::ffff:0:0', 96, 'IPv4-mapped'],
  ['::ffff:0:0:0', 96, 'IPv4-translated'],
  ['::', 96, 'IPv4-compatible'],
  ['64:ff9b::', 96, 'NAT64'],
  ['64:ff9b:1::', 48, 'local-use NAT64'],
  ['100::', 64, 'discard-only'],
  ['2001::', 32, 'Teredo'],
  ['2001:2::', 48, 'benchmarking'],
  ['2001:10::', 28, 'deprecated ORCHID'],
  ['2001:20::', 28, 'ORCHIDv2'],
  // The rest of the IETF protocol assignments are anycast services and identifiers, never a webhook receiver.
  ['2001::', 23, 'IETF protocol assignments'],
  ['2001:db8::', 32, 'documentation'],
  ['2002::', 16, '6to4'],
  ['3fff::', 20, 'documentation'],
  ['fc00::', 7, 'unique local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'deprecated site-local'],
  ['ff00::', 8, 'multicast'],
];

const GLOBAL_UNICAST = new net.BlockList();
GLOBAL_UNICAST.addSubnet('2000::', 3, 'ipv6');

/** One list per block, so a refusal can say which block matched. */
const lists = (blocks: Block[], family: Family) =>
  blocks.map(([network, prefix, name]) => {
    const list = new net.BlockList();
    list.addSubnet(network, prefix, family);
    return { list, name, cidr: `${network}/${prefix}` };
  });
const V4 = lists(IPV4_BLOCKS, 'ipv4');
const V6 = lists(IPV6_BLOCKS, 'ipv6');

/** The eight 16-bit words of a valid IPv6 address (a trailing dotted quad included). */
function ipv6Words(address: string): number[] {
  let text = address.toLowerCase();
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const gap = tail === undefined ? [] : Array<string>(8 - front.length - back.length).fill('0');
  return [...front, ...gap, ...back].map((w) => parseInt(w, 16));
}

const quad = (hi: number, lo: number) => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');

/** The IPv4 address a translation or tunnelling address carries (NAT64, 6to4, Teredo, mapped, compatible). */
export function embeddedIPv4(address: string): string | undefined {
  const w = ipv6Words(address);
  const zeros = (from: number, to: number) => w.slice(from, to).every((x) => x === 0);
  if (w[0] === 0x2002) return quad(w[1]!, w[2]!);
  // Teredo stores the client's address with every bit flipped.
  if (w[0] === 0x2001 && w[1] === 0) return quad(w[6]! ^ 0xffff, w[7]! ^ 0xffff);
  const nat64 = w[0] === 0x64 && w[1] === 0xff9b && (w[2] === 1 || zeros(2, 6));
  const mapped = zeros(0, 5) && w[5] === 0xffff;
  const translated = zeros(0, 4) && w[4] === 0xffff && w[5] === 0;
  const compatible = zeros(0, 6) && (w[6] !== 0 || w[7]! > 1);
  return nat64 || mapped || translated || compatible ? quad(w[6]!, w[7]!) : undefined;
}

/**
 * Why `address` may not receive a callback, or undefined for a globally routable unicast address.
 * Embedded IPv4 is decoded and named, though every translation and tunnelling block is refused whole.
 */
export function refusalReason(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (net.isIPv4(bare)) {
    const hit = V4.find((b) => b.list.check(bare, 'ipv4'));
    return hit && `${bare} is in ${hit.cidr} (${hit.name})`;
  }
  if (!net.isIPv6(bare)) return `${address} is not an IP address`;
  const inner = embeddedIPv4(bare);
  const innerBlock = inner && V4.find((b) => b.list.check(inner, 'ipv4'))?.name;
  const carried = inner ? `, carrying ${inner}${innerBlock ? ` (${innerBlock})` : ''}` : '';
  const hit = V6.find((b) => b.list.check(bare, 'ipv6'));
  if (hit) return `${bare} is in ${hit.cidr} (${hit.name})${carried}`;
  if (!GLOBAL_UNICAST.check(bare, 'ipv6')) return `${bare} is not a global unicast address${carried}`;
  return undefined;
}

export function isPrivateAddress(address: string): boolean {
  return refusalReason(address) !== undefined;
}

/** Special-use names (RFC 6761, 6762, 7686, 8375, 9476, ICANN's .internal) that never resolve publicly. */
const LOCAL_NAMES = /(^|\.)(localhost|local|internal|home\.arpa|invalid|test|onion|alt)$/;

/** A quick check at submit time; delivery checks every resolved address again. */
export function isPrivateUrl(url: string): boolean {
  const host = new URL(url).hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '')
    .toLowerCase();
  if (net.isIP(host)) return isPrivateAddress(host);
  return LOCAL_NAMES.test(host);
}

export class BlockedAddressError extends Error {}

/** The DNS step of a delivery (dns.lookup with `all`); tests give a fake one. */
export type Resolver = (
  hostname: string,
  options: dns.LookupAllOptions,
  callback: (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

const systemResolver: Resolver = (hostname, options, callback) => dns.lookup(hostname, options, callback);

/**
 * A `lookup` for http.request that refuses every answer unless all its addresses are global. The connection
 * uses the very address checked here, so DNS rebinding between check and connect is not possible.
 */
export function guardedLookup(allowPrivate: boolean, resolver: Resolver = systemResolver): net.LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname, { ...options, all: true }, (err, list) => {
      if (err) return callback(err, '', 4);
      if (!list.length)
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 4);
      const reason = allowPrivate ? undefined : list.map((a) => refusalReason(a.address)).find(Boolean);
      if (reason)
        return callback(new BlockedAddressError(`${hostname} resolves to a refused address: ${reason}`), '', 4);
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
