import { DnsNsRecord } from '@cdktf/provider-azurerm/lib/dns-ns-record';
import { DnsZone } from '@cdktf/provider-azurerm/lib/dns-zone';
import type { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import type { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import type { TerraformStack } from 'cdktf';
import { vaultLocation } from '../../../lib/clouds';
import { cloudFleet, tenantZones } from '../common/fleet';
import { protect } from '../common/stateful';
import type { AzureContext } from './context';
import type { AzureData } from './data';
import { hardenedKeyVault } from './data';
import type { AzureNetwork } from './network';
import type { AzurePrivateLink } from './private-link';

export interface AzureTenant {
  readonly zone: DnsZone;
  readonly vault: KeyVault;
}

/**
 * Per tenant hosted here: DNS zone `<slug>.<platform domain>` delegated from the platform zone (on
 * a member stack, the platform stack's zone, by name), and its own Key Vault. A dedicated cluster's
 * tenant zone is the cluster's own zone (data.ts).
 */
export function azureTenants(
  stack: TerraformStack,
  ctx: AzureContext,
  net: AzureNetwork,
  link: AzurePrivateLink,
  data: AzureData,
  logs: LogAnalyticsWorkspace,
): Map<string, AzureTenant> {
  const result = new Map<string, AzureTenant>();
  const fleet = cloudFleet(ctx.model);
  const zones = new Map(tenantZones(ctx.model).map((z) => [z.slug, z]));
  const platform = fleet.platform.provider.cloud === 'azure' ? fleet.platform.provider : ctx.azure;
  for (const tenant of ctx.model.tenants) {
    const id = tenant.slug.replace(/-/g, '_');
    const tags = { tenant: tenant.slug };
    const spec = zones.get(tenant.slug);
    // A dedicated cluster's tenant zone is the cluster zone (data.ts), delegated by fleet.ts.
    const zone = spec
      ? protect(new DnsZone(stack, `tenant_${id}_zone`, { name: spec.domain, resourceGroupName: net.resourceGroup.name, tags }))
      : data.zone;
    if (spec?.delegate) {
      // NS delegation from the platform zone, so the child zone answers for the tenant's hosts.
      const own = fleet.tenantDomain === ctx.target.domain;
      new DnsNsRecord(stack, `tenant_${id}_delegation`, {
        name: tenant.slug,
        zoneName: own ? data.zone.name : fleet.tenantDomain,
        resourceGroupName: own ? net.resourceGroup.name : platform.resourceGroup,
        records: zone.nameServers,
        ttl: 3600,
        tags,
      });
    }
    const location = vaultLocation(ctx.target, tenant.slug);
    if (location.cloud !== 'azure') throw new Error('unreachable');
    // Key Vault has no per-path permissions, so each tenant's secrets live in a vault of their own.
    const vault = hardenedKeyVault(stack, `tenant_${id}_vault`, ctx, net, link, { name: location.keyVaultName, logs, tags });
    result.set(tenant.slug, { zone, vault });
  }
  return result;
}
