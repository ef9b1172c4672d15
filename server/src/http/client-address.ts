// Who is on the other end, for limits per client address: the connection's address, or behind reverse proxies we
// were told to trust, the address the outermost of them saw. X-Forwarded-For is otherwise ignored: anyone can send it.
import { isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** Requests made without a Node connection (app.request() in tests) share this one address. */
export const UNKNOWN_ADDRESS = 'unknown';

function hasNodeConnection(env: unknown): boolean {
  if (typeof env !== 'object' || env === null) return false;
  const bindings = 'server' in env ? env.server : env;
  return typeof bindings === 'object' && bindings !== null && 'incoming' in bindings;
}

/**
 * The client's address, keyed so that one machine is one key: an IPv4-mapped IPv6 address as IPv4, and IPv6 by its
 * /64 network (one machine is commonly given a whole /64, so single IPv6 addresses would cost an attacker nothing).
 * `trustedProxyHops` reverse proxies in front each appended the address they saw to X-Forwarded-For.
 */
export function clientAddress(c: Context, trustedProxyHops: number): string {
  const connection = hasNodeConnection(c.env) ? getConnInfo(c).remote.address : undefined;
  const chain = [connection ?? UNKNOWN_ADDRESS];
  if (trustedProxyHops > 0) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    chain.unshift(...forwarded);
  }
  // Each trusted proxy is one step back from the connection; entries further left were written by the client.
  const seen = chain[Math.max(0, chain.length - 1 - trustedProxyHops)] ?? UNKNOWN_ADDRESS;
  // A trusted proxy writes an address; anything else there is not one, and the connection is all we know.
  return addressKey(isIP(seen) !== 0 ? seen : (connection ?? UNKNOWN_ADDRESS));
}

export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIP(address) !== 6) return address;
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, `::` expanded. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [];
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => '0');
  return [...left, ...zeros, ...right].map((group) => (/^[0-9a-f]+$/i.test(group) ? Number.parseInt(group, 16).toString(16) : group));
}
