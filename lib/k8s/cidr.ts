/** IPv4 CIDR arithmetic for the fleet's address plan (member blocks, endpoint addresses). */

export interface Cidr {
  /** First address as an unsigned 32-bit number. */
  readonly base: number;
  readonly prefix: number;
}

export function parseCidr(cidr: string): Cidr {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!match) throw new Error(`"${cidr}" is not an IPv4 CIDR`);
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) throw new Error(`"${cidr}" is not an IPv4 CIDR`);
  const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  if ((address & mask) >>> 0 !== address) throw new Error(`"${cidr}" has host bits set (network address expected)`);
  return { base: address, prefix };
}

export function formatAddress(address: number): string {
  return [24, 16, 8, 0].map((shift) => (address >>> shift) & 255).join('.');
}

export function formatCidr(cidr: Cidr): string {
  return `${formatAddress(cidr.base)}/${cidr.prefix}`;
}

export function cidrAddresses(cidr: Cidr | string): number {
  const c = typeof cidr === 'string' ? parseCidr(cidr) : cidr;
  return 2 ** (32 - c.prefix);
}

/** Terraform's `cidrsubnet(prefix, newbits, netnum)`. */
export function cidrSubnet(cidr: string, newbits: number, netnum: number): string {
  const c = parseCidr(cidr);
  const prefix = c.prefix + newbits;
  if (prefix > 32) throw new Error(`cidrSubnet(${cidr}, ${newbits}): prefix /${prefix} is longer than /32`);
  if (!Number.isInteger(netnum) || netnum < 0 || netnum >= 2 ** newbits)
    throw new Error(`cidrSubnet(${cidr}, ${newbits}, ${netnum}): network number out of range 0..${2 ** newbits - 1}`);
  return formatCidr({ base: c.base + netnum * 2 ** (32 - prefix), prefix });
}

/** Terraform's `cidrhost(prefix, hostnum)` (negative numbers count from the end). */
export function cidrHost(cidr: string, hostnum: number): string {
  const c = parseCidr(cidr);
  const size = cidrAddresses(c);
  const offset = hostnum < 0 ? size + hostnum : hostnum;
  if (offset < 0 || offset >= size) throw new Error(`cidrHost(${cidr}, ${hostnum}): host number out of range`);
  return formatAddress(c.base + offset);
}

/** True when the two CIDRs share at least one address. */
export function cidrsOverlap(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  const xEnd = x.base + cidrAddresses(x);
  const yEnd = y.base + cidrAddresses(y);
  return x.base < yEnd && y.base < xEnd;
}

/** True when `inner` lies inside `outer`. */
export function cidrWithin(outer: string, inner: string): boolean {
  const o = parseCidr(outer);
  const i = parseCidr(inner);
  return i.prefix >= o.prefix && i.base >= o.base && i.base + cidrAddresses(i) <= o.base + cidrAddresses(o);
}
