import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import type { TerraformStack } from 'cdktf';
import { cidrSize } from '../common/access';
import type { AzureContext } from './context';
import type { AzureNetwork } from './network';

/** Private DNS zones of the private-link services the platform uses (names fixed by Azure). */
export const PRIVATE_LINK_ZONES = {
  vault: 'privatelink.vaultcore.azure.net',
  blob: 'privatelink.blob.core.windows.net',
} as const;

/** The zone AKS registers a private cluster's API server in (`privatelink.<region>.azmk8s.io`). */
export function aksPrivateZoneName(location: string): string {
  return `privatelink.${location}.azmk8s.io`;
}

/** Azure keeps five addresses of every subnet. */
const AZURE_RESERVED_ADDRESSES = 5;

export interface AzurePrivateLink {
  readonly zones: Readonly<Record<keyof typeof PRIVATE_LINK_ZONES, PrivateDnsZone>>;
}

interface LinkedZone {
  readonly zone: PrivateDnsZone;
  readonly link: PrivateDnsZoneVirtualNetworkLink;
}

/** A private DNS zone resolvable from the cluster VNet (no auto-registration of VMs). */
export function linkedPrivateZone(stack: TerraformStack, id: string, net: AzureNetwork, name: string): LinkedZone {
  const zone = new PrivateDnsZone(stack, id, { name, resourceGroupName: net.resourceGroup.name });
  const link = new PrivateDnsZoneVirtualNetworkLink(stack, `${id}_link`, {
    name: 'cluster-vnet',
    resourceGroupName: net.resourceGroup.name,
    privateDnsZoneName: zone.name,
    virtualNetworkId: net.vnet.id,
    registrationEnabled: false,
  });
  return { zone, link };
}

/**
 * The private DNS zones for vaults and blob storage, linked to the cluster VNet. Refuses a tenant
 * count the private endpoint subnet cannot hold (one address per vault, plus the storage account).
 */
export function azurePrivateLink(stack: TerraformStack, ctx: AzureContext, net: AzureNetwork): AzurePrivateLink {
  const cidr = ctx.target.cluster.privateEndpointCidr;
  const needed = 2 + ctx.model.tenants.length;
  const available = cidrSize(cidr) - AZURE_RESERVED_ADDRESSES;
  if (needed > available)
    throw new Error(
      `${ctx.target.name}: cluster.privateEndpointCidr ${cidr} holds ${available} private endpoints, ${needed} are needed (platform vault, storage and ${ctx.model.tenants.length} tenant vaults)`,
    );
  return {
    zones: {
      vault: linkedPrivateZone(stack, 'private_zone_vault', net, PRIVATE_LINK_ZONES.vault).zone,
      blob: linkedPrivateZone(stack, 'private_zone_blob', net, PRIVATE_LINK_ZONES.blob).zone,
    },
  };
}

interface PrivateEndpointOptions {
  readonly name: string;
  /** The resource reached through the endpoint. */
  readonly resourceId: string;
  /** Its private-link sub-resource (`vault`, `blob`). */
  readonly subresource: keyof typeof PRIVATE_LINK_ZONES;
  readonly tags?: Record<string, string>;
}

/** A private endpoint in the private endpoint subnet whose A record lands in the service's private zone. */
export function privateEndpoint(
  stack: TerraformStack,
  id: string,
  ctx: AzureContext,
  net: AzureNetwork,
  link: AzurePrivateLink,
  options: PrivateEndpointOptions,
): PrivateEndpoint {
  return new PrivateEndpoint(stack, id, {
    name: `pe-${options.name}`,
    location: ctx.location,
    resourceGroupName: net.resourceGroup.name,
    subnetId: net.privateEndpointSubnet.id,
    privateServiceConnection: {
      name: `${options.name}-${options.subresource}`,
      privateConnectionResourceId: options.resourceId,
      subresourceNames: [options.subresource],
      isManualConnection: false,
    },
    privateDnsZoneGroup: { name: options.subresource, privateDnsZoneIds: [link.zones[options.subresource].id] },
    tags: options.tags,
  });
}
