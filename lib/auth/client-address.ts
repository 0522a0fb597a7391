/**
 * The address a request comes from, as the throttle and the audit log see it. It is never read from
 * a header the client chooses:
 * - scripts/server.mjs (what `npm start`, `npm run serve` and the browser tests run) writes the
 *   socket's address into CLIENT_ADDRESS_HEADER on every request, replacing any value sent with it;
 * - with TRUSTED_PROXIES=N (N load balancers or reverse proxies in front, each appending the address
 *   it saw to X-Forwarded-For), the client is the Nth entry from the right of X-Forwarded-For: the
 *   entries further left were written by whoever sent the request, and are ignored.
 * With no trusted proxy, X-Forwarded-For is ignored. A request that did not come through
 * scripts/server.mjs (`next dev`) has no known address: "unknown".
 */
export const CLIENT_ADDRESS_HEADER = "x-party-client-address";

export function trustedProxies(): number {
  const value = Number(process.env.TRUSTED_PROXIES ?? 0);
  return Number.isInteger(value) && value > 0 ? Math.min(value, 10) : 0;
}

// an address as a proxy writes it: IPv4, IPv6 (maybe in brackets, maybe with a port), at most 64 characters
const ADDRESS = /^[0-9A-Za-z.:[\]%_-]{1,64}$/;

function clean(value: string | null | undefined): string | null {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return address && ADDRESS.test(address) ? address : null;
}

export function clientAddress(headers: Headers, trusted = trustedProxies()): string {
  const socket = clean(headers.get(CLIENT_ADDRESS_HEADER));
  if (trusted === 0) return socket ?? "unknown";
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  // fewer entries than proxies: each of them was written by a trusted proxy, the leftmost is the farthest known
  const hop = hops.length >= trusted ? hops[hops.length - trusted] : hops[0];
  return clean(hop) ?? socket ?? "unknown";
}
