import dns from 'node:dns';
import net from 'node:net';

const isLoopback = (address: string) => /^(::ffff:)?127\./.test(address) || address === '::1';

type Lookup = (host: string, options: object, cb: (e: Error | null, a: unknown, f?: number) => void) => void;

/**
 * For tests that hand delivery code fake DNS answers naming outside addresses: while installed, a TCP
 * connection to anything but loopback fails before a packet leaves, whatever the code under test lets through.
 */
export function installLoopbackFence(): { attempts: string[]; remove(): void } {
  const original = net.Socket.prototype.connect;
  const attempts: string[] = [];
  const refuse = (address: string) => {
    attempts.push(address);
    return new Error(`test fence: no connection outside loopback (${address})`);
  };
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // net.createConnection passes its normalised [options, listener] array.
    const options = (Array.isArray(args[0]) ? args[0][0] : args[0]) as net.TcpNetConnectOpts | undefined;
    if (options && typeof options === 'object' && options.port !== undefined) {
      const host = options.host ?? 'localhost';
      if (net.isIP(host) && !isLoopback(host)) {
        const err = refuse(host);
        process.nextTick(() => this.destroy(err));
        return this;
      }
      const lookup = (options.lookup ?? dns.lookup) as unknown as Lookup;
      options.lookup = ((hostname: string, opts: object, cb: Parameters<Lookup>[2]) =>
        lookup(hostname, opts, (err, address, family) => {
          const list = Array.isArray(address) ? (address as dns.LookupAddress[]) : [{ address: String(address) }];
          const outside = err ? undefined : list.find((a) => !isLoopback(a.address));
          if (outside) return cb(refuse(outside.address), '', 4);
          cb(err, address, family);
        })) as unknown as net.LookupFunction;
    }
    return original.apply(this, args as Parameters<typeof original>);
  } as typeof original;
  return {
    attempts,
    remove: () => {
      net.Socket.prototype.connect = original;
    },
  };
}
