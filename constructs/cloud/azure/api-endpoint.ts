import type { KubernetesClusterConfig } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import type { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import type { TerraformStack } from 'cdktf';
import { apiEndpointAccess } from '../common/access';
import { type AzureContext, ROLES } from './context';
import type { AzureNetwork } from './network';
import { aksPrivateZoneName, linkedPrivateZone } from './private-link';

/** The parts of the AKS resource that decide how its API server is reached. */
export type AksEndpointConfig = Required<
  Pick<KubernetesClusterConfig, 'privateClusterEnabled' | 'privateClusterPublicFqdnEnabled' | 'apiServerAccessProfile' | 'identity'>
> &
  Pick<KubernetesClusterConfig, 'privateDnsZoneId' | 'dependsOn'>;

export interface AksApiEndpoint {
  readonly config: AksEndpointConfig;
  /** The zone the private API server's name is registered in; absent for a public endpoint. */
  readonly zone?: PrivateDnsZone;
  readonly controlPlaneIdentity: UserAssignedIdentity;
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
  const linked = access.public ? undefined : linkedPrivateZone(stack, 'private_zone_aks', net, aksPrivateZoneName(ctx.location));
  const zone = linked?.zone;
  if (zone) grants.push(grant('aks_control_plane_dns', zone.id, ROLES.privateDnsZoneContributor));
  return {
    zone,
    controlPlaneIdentity,
    config: {
      privateClusterEnabled: !access.public,
      // No public DNS name pointing at the private address.
      privateClusterPublicFqdnEnabled: false,
      ...(zone ? { privateDnsZoneId: zone.id } : {}),
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
