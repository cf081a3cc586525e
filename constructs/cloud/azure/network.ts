import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import type { TerraformStack } from 'cdktf';
import { protect } from '../common/stateful';
import type { TargetSpec } from '../../../config/types';
import type { AzureContext } from './context';

export interface AzureNetwork {
  readonly resourceGroup: ResourceGroup;
  readonly vnet: VirtualNetwork;
  readonly nodeSubnet: Subnet;
  readonly apiServerSubnet: Subnet;
  /** Holds the private endpoints of the vaults and the storage account. */
  readonly privateEndpointSubnet: Subnet;
}

/** Name of a target's VNet (member stacks peer with their platform's by this name). */
export function azureVnetName(target: TargetSpec): string {
  return `vnet-${target.cluster.name}`;
}

export function azureNetwork(stack: TerraformStack, ctx: AzureContext): AzureNetwork {
  const { target, location } = ctx;
  // Holds every stateful resource of the target; deleting it would delete them all.
  const resourceGroup = protect(
    new ResourceGroup(stack, 'resource_group', { name: ctx.resourceGroupName, location }),
    ctx.settings.deletionProtection,
  );
  // Only the node, API server and private endpoint ranges: with Azure CNI overlay the pod and
  // service CIDRs must stay outside the VNet (config's vnetCidr /14 would contain them).
  const vnet = new VirtualNetwork(stack, 'vnet', {
    name: azureVnetName(target),
    location,
    resourceGroupName: resourceGroup.name,
    addressSpace: [target.cluster.nodeCidr, target.cluster.apiServerCidr, target.cluster.privateEndpointCidr],
  });
  // No service endpoints: vaults and storage have public network access off and are reached
  // through their private endpoints only.
  const nodeSubnet = new Subnet(stack, 'subnet_nodes', {
    name: 'snet-nodes',
    resourceGroupName: resourceGroup.name,
    virtualNetworkName: vnet.name,
    addressPrefixes: [target.cluster.nodeCidr],
  });
  // API server VNet integration: pods reach the API server on a private address in this subnet, so
  // in-cluster traffic never leaves the VNet and NetworkPolicies can name the range.
  const apiServerSubnet = new Subnet(stack, 'subnet_apiserver', {
    name: 'snet-apiserver',
    resourceGroupName: resourceGroup.name,
    virtualNetworkName: vnet.name,
    addressPrefixes: [target.cluster.apiServerCidr],
    delegation: [
      {
        name: 'aks-apiserver',
        serviceDelegation: {
          name: 'Microsoft.ContainerService/managedClusters',
          actions: ['Microsoft.Network/virtualNetworks/subnets/join/action'],
        },
      },
    ],
  });
  const privateEndpointSubnet = new Subnet(stack, 'subnet_private_endpoints', {
    name: 'snet-private-endpoints',
    resourceGroupName: resourceGroup.name,
    virtualNetworkName: vnet.name,
    addressPrefixes: [target.cluster.privateEndpointCidr],
  });
  return { resourceGroup, vnet, nodeSubnet, apiServerSubnet, privateEndpointSubnet };
}
