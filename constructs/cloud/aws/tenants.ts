import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { Route53Zone } from '@cdktf/provider-aws/lib/route53-zone';
import type { TerraformStack } from 'cdktf';
import { protect } from '../common/stateful';
import { type AwsContext, idOf } from './context';
import type { AwsData } from './data';

/** Per tenant: DNS child zone `<slug>.<domain>` with NS delegation from the platform zone. */
export function awsTenantZones(stack: TerraformStack, ctx: AwsContext, data: AwsData): Map<string, Route53Zone> {
  const zones = new Map<string, Route53Zone>();
  for (const tenant of ctx.model.tenants) {
    const id = idOf(tenant.slug);
    const name = `${tenant.slug}.${ctx.target.domain}`;
    const zone = protect(new Route53Zone(stack, `tenant_${id}_zone`, { name, forceDestroy: false, tags: { tenant: tenant.slug } }));
    // Delegation: the platform zone points resolvers at the child zone's name servers.
    new Route53Record(stack, `tenant_${id}_delegation`, {
      zoneId: data.zone.zoneId,
      name,
      type: 'NS',
      ttl: 3600,
      records: zone.nameServers,
    });
    zones.set(tenant.slug, zone);
  }
  return zones;
}
