import type { KubernetesClusterConfig } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import type { TerraformStack } from 'cdktf';
import { apiEndpointAccess } from '../common/access';
import { type AzureContext, ROLES } from './context';
import type { AzureNetwork } from './network';
import type { TargetSpec } from '../../../config/types';
import { providerOf } from '../../../lib/clouds';
import { azureResourceId } from './fleet';
import { aksPrivateZoneName, linkedPrivateZone } from './private-link';

/** The parts of the AKS resource that decide how its API server is reached. */
type AksEndpointConfig = Required<
  Pick<KubernetesClusterConfig, 'privateClusterEnabled' | 'privateClusterPublicFqdnEnabled' | 'apiServerAccessProfile' | 'identity'>
> &
  Pick<KubernetesClusterConfig, 'privateDnsZoneId' | 'dependsOn'>;

interface AksApiEndpoint {
  readonly config: AksEndpointConfig;
  /** Id of the zone the private API server's name is registered in; absent for a public endpoint. */
  readonly zoneId?: string;
  readonly controlPlaneIdentity: UserAssignedIdentity;
}

/**
 * A member cluster registers its private API server in its platform's `privatelink.<region>.azmk8s.io`
 * zone (a VNet may link only one zone of a name): linked to the member's VNet too, so the platform's
 * Argo CD and the member's pods both resolve it.
 */
function platformZoneLink(
  stack: TerraformStack,
  ctx: AzureContext,
  net: AzureNetwork,
  platform: TargetSpec,
): { zoneId: string; link: PrivateDnsZoneVirtualNetworkLink } {
  const name = aksPrivateZoneName(ctx.location);
  // A member shares its platform's cloud (memberTarget): an Azure member of a non-Azure platform is a model error.
  const resourceGroupName = providerOf(platform, 'azure').resourceGroup;
  const link = new PrivateDnsZoneVirtualNetworkLink(stack, 'private_zone_aks_link', {
    name: `vnet-${ctx.target.cluster.name}`,
    resourceGroupName,
    privateDnsZoneName: name,
    virtualNetworkId: net.vnet.id,
    registrationEnabled: false,
  });
  return { zoneId: azureResourceId(platform, 'Microsoft.Network/privateDnsZones', name), link };
}

/**
 * The API server endpoint of the AKS cluster. Private (the default): a private cluster whose name
 * resolves in our own `privatelink.<region>.azmk8s.io` zone linked to the cluster VNet, so a
 * runner or bastion in a peered network can be given the same zone. Public (the recorded dev
 * exception): only the authorized ranges. Pods reach the API server on its VNet address in both
 * cases (API server VNet integration). The control plane runs as a user-assigned identity that
 * holds Network Contributor on the VNet (node and API server subnets) and Private DNS Zone
 * Contributor on the zone before the cluster is created.
 */
export function aksApiEndpoint(stack: TerraformStack, ctx: AzureContext, net: AzureNetwork): AksApiEndpoint {
  const access = apiEndpointAccess(ctx.target, ctx.settings);
  const name = ctx.target.cluster.name;
  const controlPlaneIdentity = new UserAssignedIdentity(stack, 'aks_control_plane_identity', {
    name: `id-${name}-control-plane`,
    location: ctx.location,
    resourceGroupName: net.resourceGroup.name,
  });
  const grant = (id: string, scope: string, role: string): RoleAssignment =>
    new RoleAssignment(stack, id, {
      scope,
      roleDefinitionName: role,
      principalId: controlPlaneIdentity.principalId,
      principalType: 'ServicePrincipal',
      skipServicePrincipalAadCheck: true,
    });
  const grants = [grant('aks_control_plane_network', net.vnet.id, ROLES.networkContributor)];
  const fleet = ctx.model.fleet;
  const platform = fleet && fleet.role !== 'platform' ? fleet.platform : undefined;
  const linked = access.public
    ? undefined
    : platform
      ? platformZoneLink(stack, ctx, net, platform)
      : (({ zone, link }) => ({ zoneId: zone.id, link }))(
          linkedPrivateZone(stack, 'private_zone_aks', net, aksPrivateZoneName(ctx.location)),
        );
  const zoneId = linked?.zoneId;
  if (zoneId) grants.push(grant('aks_control_plane_dns', zoneId, ROLES.privateDnsZoneContributor));
  return {
    zoneId,
    controlPlaneIdentity,
    config: {
      privateClusterEnabled: !access.public,
      // No public DNS name pointing at the private address.
      privateClusterPublicFqdnEnabled: false,
      ...(zoneId ? { privateDnsZoneId: zoneId } : {}),
      apiServerAccessProfile: {
        ...(access.public ? { authorizedIpRanges: [...access.authorizedCidrs] } : {}),
        subnetId: net.apiServerSubnet.id,
        virtualNetworkIntegrationEnabled: true,
      },
      identity: { type: 'UserAssigned', identityIds: [controlPlaneIdentity.id] },
      // The grants (and the zone's VNet link) exist before AKS joins the subnets and writes the zone.
      dependsOn: linked ? [...grants, linked.link] : grants,
    },
  };
}
