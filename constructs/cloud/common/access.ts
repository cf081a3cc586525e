import type { CloudSettings, TargetSpec } from '../../../config/types';

/** How the cluster API server is reached: privately only, or (the recorded exception) also publicly from named ranges. */
type ApiEndpointAccess =
  | { readonly public: false }
  | {
      readonly public: true;
      /** The only addresses the public endpoint answers. */
      readonly authorizedCidrs: readonly string[];
    };

/**
 * The API endpoint of a target from `settings.cloud.publicApiEndpoint` and `cluster.authorizedCidrs`.
 * A public endpoint without ranges, or open to the whole internet, is refused.
 */
export function apiEndpointAccess(target: TargetSpec, settings: CloudSettings): ApiEndpointAccess {
  if (!settings.publicApiEndpoint) return { public: false };
  const cidrs = target.cluster.authorizedCidrs;
  if (cidrs.length === 0)
    throw new Error(
      `${target.name}: settings.cloud.publicApiEndpoint is on but cluster.authorizedCidrs is empty (a public API server must be limited to named ranges)`,
    );
  const open = cidrs.find((c) => c.endsWith('/0'));
  if (open) throw new Error(`${target.name}: cluster.authorizedCidrs contains ${open}; a public API server is never open to every address`);
  return { public: true, authorizedCidrs: cidrs };
}

/** Number of addresses in an IPv4 CIDR. */
export function cidrSize(cidr: string): number {
  const bits = Number(cidr.split('/')[1]);
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) throw new Error(`"${cidr}" is not an IPv4 CIDR`);
  return 2 ** (32 - bits);
}
