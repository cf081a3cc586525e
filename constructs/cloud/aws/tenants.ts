import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { Route53Zone } from '@cdktf/provider-aws/lib/route53-zone';
import type { TerraformStack } from 'cdktf';
import type { DataAwsRoute53Zone } from '@cdktf/provider-aws/lib/data-aws-route53-zone';
import { cloudFleet, tenantZones } from '../common/fleet';
import { protect } from '../common/stateful';
import { type AwsContext, idOf } from './context';
import type { AwsData } from './data';

/**
 * Per tenant hosted here: DNS zone `<slug>.<platform domain>` with NS delegation from the platform
 * zone (on a member stack, the platform stack's zone, looked up by name). A dedicated cluster's
 * tenant zone is the cluster's own zone (data.ts).
 */
export function awsTenantZones(
  stack: TerraformStack,
  ctx: AwsContext,
  data: AwsData,
  parentZone: () => DataAwsRoute53Zone,
): Map<string, Route53Zone> {
  const zones = new Map<string, Route53Zone>();
  const own = cloudFleet(ctx.model).tenantDomain === ctx.target.domain;
  for (const spec of tenantZones(ctx.model)) {
    const id = idOf(spec.slug);
    const zone = protect(
      new Route53Zone(stack, `tenant_${id}_zone`, { name: spec.domain, forceDestroy: false, tags: { tenant: spec.slug } }),
    );
    // Delegation: the platform zone points resolvers at the child zone's name servers.
    if (spec.delegate)
      new Route53Record(stack, `tenant_${id}_delegation`, {
        zoneId: own ? data.zone.zoneId : parentZone().zoneId,
        name: spec.domain,
        type: 'NS',
        ttl: 3600,
        records: zone.nameServers,
      });
    zones.set(spec.slug, zone);
  }
  return zones;
}
