/**
 * The fleet on Azure. The platform stack creates Argo CD's identity (federated to Argo CD's
 * ServiceAccounts). A member stack peers its VNet with the platform's, delegates its zone from the
 * platform zone, lets Argo CD's identity administer its cluster (Azure RBAC for Kubernetes), and
 * writes where its API server is into the platform vault, for Argo CD's cluster Secret. Platform
 * resources are named deterministically (lib/clouds, network.ts), so a member stack references them
 * without a cross-stack dependency: `npx cdktf deploy <member>` runs on its own once the platform exists.
 */
import { DataAzurermUserAssignedIdentity } from '@cdktf/provider-azurerm/lib/data-azurerm-user-assigned-identity';
import { DnsNsRecord } from '@cdktf/provider-azurerm/lib/dns-ns-record';
import { FederatedIdentityCredential } from '@cdktf/provider-azurerm/lib/federated-identity-credential';
import type { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { ResourceGroupTemplateDeployment } from '@cdktf/provider-azurerm/lib/resource-group-template-deployment';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { VirtualNetworkPeering } from '@cdktf/provider-azurerm/lib/virtual-network-peering';
import { Fn, type TerraformStack } from 'cdktf';
import type { TargetSpec } from '../../../config/types';
import { ARGOCD_FLEET_SERVICE_ACCOUNTS, providerOf, serviceAccountSubject } from '../../../lib/clouds';
import { azureArgoCdIdentityName } from '../../../lib/clouds/azure';
import { ARGOCD_NAMESPACE } from '../../../config/types';
import { apiEndpointAccess } from '../common/access';
import { clusterEntryName, delegatesOwnZone } from '../common/fleet';
import type { AzureContext } from './context';
import type { AzureData } from './data';
import { AZURE_TOKEN_AUDIENCE } from './identities';
import { azureVnetName, type AzureNetwork } from './network';

/** Kubernetes RBAC through Azure RBAC: full control of one cluster (what Argo CD needs to sync every folder). */
const AKS_RBAC_CLUSTER_ADMIN = 'Azure Kubernetes Service RBAC Cluster Admin';

/** Resource id of a platform resource, from its deterministic name. */
export function azureResourceId(target: TargetSpec, type: string, name: string): string {
  const p = providerOf(target, 'azure');
  return `/subscriptions/${p.subscriptionId}/resourceGroups/${p.resourceGroup}/providers/${type}/${name}`;
}

/** The platform's Argo CD identity, federated to Argo CD's ServiceAccounts (the in-cluster Argo CD install annotates them). */
export function azureFleetPlatform(
  stack: TerraformStack,
  ctx: AzureContext,
  net: AzureNetwork,
  cluster: KubernetesCluster,
): UserAssignedIdentity {
  const identity = new UserAssignedIdentity(stack, 'argocd_identity', {
    name: azureArgoCdIdentityName(ctx.target),
    location: ctx.location,
    resourceGroupName: net.resourceGroup.name,
  });
  for (const serviceAccount of ARGOCD_FLEET_SERVICE_ACCOUNTS) {
    new FederatedIdentityCredential(stack, `argocd_identity_${serviceAccount.replace(/-/g, '_')}`, {
      name: `${ARGOCD_NAMESPACE}-${serviceAccount}`,
      resourceGroupName: net.resourceGroup.name,
      parentId: identity.id,
      issuer: cluster.oidcIssuerUrl,
      subject: serviceAccountSubject({ namespace: ARGOCD_NAMESPACE, serviceAccount }),
      audience: [AZURE_TOKEN_AUDIENCE],
    });
  }
  return identity;
}

/** A member cluster's links to its platform: peering, zone delegation, Argo CD's access and the cluster entry. */
export function azureFleetMember(
  stack: TerraformStack,
  ctx: AzureContext,
  net: AzureNetwork,
  cluster: KubernetesCluster,
  data: AzureData,
): void {
  const platform = ctx.model.fleet!.platform;
  const p = providerOf(platform, 'azure');
  const platformVnet = azureResourceId(platform, 'Microsoft.Network/virtualNetworks', azureVnetName(platform));
  // The network path to the control plane (fleet endpoints) and, the other way, Argo CD to this API server.
  new VirtualNetworkPeering(stack, 'peering_to_platform', {
    name: `peer-${platform.name}`,
    resourceGroupName: net.resourceGroup.name,
    virtualNetworkName: net.vnet.name,
    remoteVirtualNetworkId: platformVnet,
    allowVirtualNetworkAccess: true,
    allowForwardedTraffic: false,
    allowGatewayTransit: false,
  });
  new VirtualNetworkPeering(stack, 'peering_from_platform', {
    name: `peer-${ctx.target.name}`,
    resourceGroupName: p.resourceGroup,
    virtualNetworkName: azureVnetName(platform),
    remoteVirtualNetworkId: net.vnet.id,
    allowVirtualNetworkAccess: true,
    allowForwardedTraffic: false,
    allowGatewayTransit: false,
  });
  if (delegatesOwnZone(ctx.model)) {
    new DnsNsRecord(stack, 'zone_delegation', {
      name: ctx.target.domain.slice(0, -platform.domain.length - 1),
      zoneName: platform.domain,
      resourceGroupName: p.resourceGroup,
      records: data.zone.nameServers,
      ttl: 3600,
    });
  }
  const argocd = new DataAzurermUserAssignedIdentity(stack, 'argocd_identity', {
    name: azureArgoCdIdentityName(platform),
    resourceGroupName: p.resourceGroup,
  });
  new RoleAssignment(stack, 'argocd_cluster_admin', {
    scope: cluster.id,
    roleDefinitionName: AKS_RBAC_CLUSTER_ADMIN,
    principalId: argocd.principalId,
    principalType: 'ServicePrincipal',
    skipServicePrincipalAadCheck: true,
  });
  // Written through Resource Manager (a template deployment), which the vault's firewall does not
  // apply to: the platform vault stays private and this stack needs no network path to it.
  const server = apiEndpointAccess(ctx.target, ctx.settings).public ? cluster.fqdn : cluster.privateFqdn;
  const entry = Fn.jsonencode({
    server: Fn.join('', ['https://', server, ':443']),
    caData: cluster.kubeConfig.get(0).clusterCaCertificate,
    clientId: argocd.clientId,
  });
  new ResourceGroupTemplateDeployment(stack, 'argocd_cluster_entry', {
    name: `fleet-${ctx.target.name}`.slice(0, 64),
    resourceGroupName: p.resourceGroup,
    deploymentMode: 'Incremental',
    templateContent: JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { value: { type: 'securestring' } },
      resources: [
        {
          type: 'Microsoft.KeyVault/vaults/secrets',
          apiVersion: '2023-07-01',
          name: `${p.keyVaultName}/${clusterEntryName(ctx.target)}`,
          properties: { value: "[parameters('value')]", contentType: 'application/json' },
        },
      ],
    }),
    parametersContent: Fn.jsonencode({ value: { value: entry } }),
  });
}
