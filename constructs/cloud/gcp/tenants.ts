import type { DnsManagedZone } from '@cdktf/provider-google/lib/dns-managed-zone';
import { DnsRecordSet } from '@cdktf/provider-google/lib/dns-record-set';
import type { TerraformStack } from 'cdktf';
import { type GcpContext, idOf } from './context';
import { type GcpData, managedZone } from './data';

/** Per tenant: DNS child zone `<slug>.<domain>` with NS delegation from the platform zone. */
export function gcpTenantZones(stack: TerraformStack, ctx: GcpContext, data: GcpData): Map<string, DnsManagedZone> {
  const zones = new Map<string, DnsManagedZone>();
  for (const tenant of ctx.model.tenants) {
    const id = idOf(tenant.slug);
    const domain = `${tenant.slug}.${ctx.target.domain}`;
    const zone = managedZone(stack, `tenant_${id}_zone`, ctx, domain, { tenant: tenant.slug });
    // Delegation: the platform zone points resolvers at the child zone's name servers.
    new DnsRecordSet(stack, `tenant_${id}_delegation`, {
      managedZone: data.zone.name,
      name: `${domain}.`,
      type: 'NS',
      ttl: 3600,
      rrdatas: zone.nameServers,
    });
    zones.set(tenant.slug, zone);
  }
  return zones;
}
