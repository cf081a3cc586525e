import type { DnsManagedZone } from '@cdktf/provider-google/lib/dns-managed-zone';
import { DnsRecordSet } from '@cdktf/provider-google/lib/dns-record-set';
import type { TerraformStack } from 'cdktf';
import { type GcpContext, idOf } from './context';
import { type GcpData, managedZone, zoneName } from './data';
import { cloudFleet, tenantZones } from '../common/fleet';

/**
 * Per tenant hosted here: DNS zone `<slug>.<platform domain>` with NS delegation from the platform
 * zone (on a member stack, the platform project's zone, by name). A dedicated cluster's tenant zone
 * is the cluster's own zone (data.ts).
 */
export function gcpTenantZones(stack: TerraformStack, ctx: GcpContext, data: GcpData): Map<string, DnsManagedZone> {
  const zones = new Map<string, DnsManagedZone>();
  const fleet = cloudFleet(ctx.model);
  const own = fleet.tenantDomain === ctx.target.domain;
  const platformProject = fleet.platform.provider.cloud === 'gcp' ? fleet.platform.provider.projectId : ctx.project;
  for (const spec of tenantZones(ctx.model)) {
    const id = idOf(spec.slug);
    const zone = managedZone(stack, `tenant_${id}_zone`, ctx, spec.domain, { tenant: spec.slug });
    // Delegation: the platform zone points resolvers at the child zone's name servers.
    if (spec.delegate)
      new DnsRecordSet(stack, `tenant_${id}_delegation`, {
        ...(own ? { managedZone: data.zone.name } : { project: platformProject, managedZone: zoneName(fleet.tenantDomain) }),
        name: `${spec.domain}.`,
        type: 'NS',
        ttl: 3600,
        rrdatas: zone.nameServers,
      });
    zones.set(spec.slug, zone);
  }
  return zones;
}
