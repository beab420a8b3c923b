import { lookup as systemLookup, Resolver, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";

// Addresses a fetch must not reach unless the user says so: a document URL pointing at the machine itself or its
// network is how server-side request forgery starts. Besides private networks this refuses every range that is not
// a public unicast address (IANA's special-purpose registries, RFC 6890): a public document is never served there.
const V4 = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT (RFC 6598)
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, where cloud metadata services answer
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation (TEST-NET-1)
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking (RFC 2544)
  ["198.51.100.0", 24], // documentation (TEST-NET-2)
  ["203.0.113.0", 24], // documentation (TEST-NET-3)
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and the broadcast address
] as const) {
  V4.addSubnet(net, bits, "ipv4");
}

const V6 = new BlockList();
for (const [net, bits] of [
  ["::", 96], // unspecified, loopback and the deprecated IPv4-compatible form
  ["100::", 64], // discard-only
  ["2001::", 23], // IETF protocol assignments (Teredo, benchmarking, ORCHID)
  ["2001:db8::", 32], // documentation
  ["3fff::", 20], // documentation (RFC 9637)
  ["64:ff9b:1::", 48], // local-use IPv4/IPv6 translation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated, still routed inside some networks)
  ["ff00::", 8], // multicast
] as const) {
  V6.addSubnet(net, bits, "ipv6");
}

/** The 16 bytes of an IPv6 address (dotted IPv4 tails allowed), or null. */
function ipv6Bytes(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.replace(/%.*$/, "");
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, null];
  const groups = (s: string | undefined | null) => (s ? s.split(":") : []);
  const left = groups(head);
  const right = groups(tail);
  const all = tail === null ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  if (all.length !== 8) return null;
  return all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

const v4 = (b: number[], at: number) => b.slice(at, at + 4).join(".");
const startsWith = (b: number[], prefix: number[]) => prefix.every((x, i) => b[i] === x);

/**
 * The IPv4 address an IPv6 address stands for, where it stands for one: mapped (::ffff:a.b.c.d), translated
 * (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::). Each reaches that IPv4 host, so each
 * is judged as that host.
 */
function embeddedIpv4(b: number[]): string | null {
  const zeros = (n: number) => Array<number>(n).fill(0);
  if (startsWith(b, [...zeros(10), 0xff, 0xff])) return v4(b, 12);
  if (startsWith(b, [...zeros(8), 0xff, 0xff, 0, 0])) return v4(b, 12);
  if (startsWith(b, [0, 0x64, 0xff, 0x9b, ...zeros(8)])) return v4(b, 12);
  if (startsWith(b, [0x20, 0x02])) return v4(b, 2);
  return null;
}

/** True for any address that is not public unicast: loopback, private, link-local, CGNAT, reserved, documentation, multicast, v4 or v6. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return V4.check(address, "ipv4");
  if (family !== 6) return false;
  const bytes = ipv6Bytes(address);
  if (!bytes) return true;
  const inner = embeddedIpv4(bytes);
  if (inner) return V4.check(inner, "ipv4");
  return V6.check(address.replace(/%.*$/, ""), "ipv6");
}

export class BlockedAddressError extends Error {
  readonly code = "ERR_BLOCKED_ADDRESS";
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a private or reserved address: use --allow-private to fetch it`);
    this.name = "BlockedAddressError";
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type LookupFunction = (
  hostname: string,
  options: { all?: boolean; family?: number | string },
  callback: LookupCallback,
) => void;

/**
 * A `lookup` for the connections we make: resolves the name once, refuses it if any of its addresses is private
 * (unless allowed), and hands back the very addresses it checked, so the socket connects to a checked address.
 * `servers` asks those DNS servers instead of the system's resolver.
 */
export function guardedLookup(options: { allowPrivate?: boolean; servers?: readonly string[] } = {}): LookupFunction {
  const resolve = options.servers?.length ? viaServers(options.servers) : viaSystem;
  return (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const blocked = options.allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
        if (blocked) return callback(new BlockedAddressError(hostname, blocked.address), []);
        const wanted = Number(String(lookupOptions.family ?? 0).replace("IPv", "")) || 0;
        const usable = wanted ? addresses.filter((a) => a.family === wanted) : addresses;
        if (!usable.length)
          return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
        if (lookupOptions.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, []),
    );
  };
}

function viaSystem(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    systemLookup(hostname, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))),
  );
}

function viaServers(servers: readonly string[]): (hostname: string) => Promise<LookupAddress[]> {
  const resolver = new Resolver();
  resolver.setServers([...servers]);
  const ask = (hostname: string, family: 4 | 6) =>
    new Promise<LookupAddress[]>((resolve) => {
      const done = (err: Error | null, list: string[]) =>
        resolve(err ? [] : list.map((address) => ({ address, family })));
      if (family === 4) resolver.resolve4(hostname, done);
      else resolver.resolve6(hostname, done);
    });
  return async (hostname) => {
    if (isIP(hostname)) return [{ address: hostname, family: isIP(hostname) }];
    const found = [...(await ask(hostname, 4)), ...(await ask(hostname, 6))];
    if (!found.length) throw Object.assign(new Error(`cannot resolve ${hostname}`), { code: "ENOTFOUND" });
    return found;
  };
}
