import { ComputeRoute } from '@cdktf/provider-google/lib/compute-route';
import { DnsManagedZone } from '@cdktf/provider-google/lib/dns-managed-zone';
import { DnsRecordSet } from '@cdktf/provider-google/lib/dns-record-set';
import type { TerraformStack } from 'cdktf';
import { type GcpContext, idOf } from './context';
import type { GcpNetwork } from './network';
import { zoneName } from './data';
import { PRIVATE_GOOGLE_ACCESS } from '../../../lib/clouds/gcp';

/**
 * Private Google Access through `private.googleapis.com` (PRIVATE_GOOGLE_ACCESS, lib/clouds/gcp.ts,
 * where the NetworkPolicies take its addresses from): addresses reachable only from inside Google's
 * network, never over the NAT gateway.
 */
export { PRIVATE_GOOGLE_ACCESS };

/** Domains answered privately in the VPC: Google APIs, and the image registries (Artifact Registry, Container Registry). */
export const PRIVATE_GOOGLE_DOMAINS = [
  { domain: 'googleapis.com', address: PRIVATE_GOOGLE_ACCESS.name },
  { domain: 'pkg.dev', address: 'pkg.dev' },
  { domain: 'gcr.io', address: 'gcr.io' },
] as const;

/**
 * Private DNS zones visible only to the cluster VPC send every `*.<domain>` name to the private
 * VIP, and an explicit route keeps the VIP on the default internet gateway (Google's network,
 * not the internet) even if the VPC's default route is ever removed.
 */
export function gcpPrivateGoogleAccess(stack: TerraformStack, ctx: GcpContext, net: GcpNetwork): DnsManagedZone[] {
  const cluster = ctx.target.cluster.name;
  new ComputeRoute(stack, 'private_google_access_route', {
    name: `${cluster}-private-google-access`,
    network: net.network.id,
    destRange: PRIVATE_GOOGLE_ACCESS.cidr,
    nextHopGateway: 'default-internet-gateway',
    description: 'Private Google Access VIP (private.googleapis.com)',
  });
  return PRIVATE_GOOGLE_DOMAINS.map(({ domain, address }) => {
    const id = `private_zone_${idOf(domain)}`;
    const zone = new DnsManagedZone(stack, id, {
      name: `${cluster}-${zoneName(domain)}`,
      dnsName: `${domain}.`,
      visibility: 'private',
      privateVisibilityConfig: { networks: [{ networkUrl: net.network.id }] },
      description: `Private Google Access for *.${domain}`,
      dependsOn: [...ctx.apis],
    });
    new DnsRecordSet(stack, `${id}_a`, {
      managedZone: zone.name,
      name: `${address}.`,
      type: 'A',
      ttl: 300,
      rrdatas: [...PRIVATE_GOOGLE_ACCESS.addresses],
    });
    new DnsRecordSet(stack, `${id}_wildcard`, {
      managedZone: zone.name,
      name: `*.${domain}.`,
      type: 'CNAME',
      ttl: 300,
      rrdatas: [`${address}.`],
    });
    return zone;
  });
}
