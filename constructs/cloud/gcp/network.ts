import { ComputeNetwork } from '@cdktf/provider-google/lib/compute-network';
import { ComputeRouter } from '@cdktf/provider-google/lib/compute-router';
import { ComputeRouterNat } from '@cdktf/provider-google/lib/compute-router-nat';
import { ComputeSubnetwork } from '@cdktf/provider-google/lib/compute-subnetwork';
import type { TerraformStack } from 'cdktf';
import type { TargetSpec } from '../../../config/types';
import type { GcpContext } from './context';

export const POD_RANGE = 'pods';
export const SERVICE_RANGE = 'services';

export interface GcpNetwork {
  readonly network: ComputeNetwork;
  readonly subnet: ComputeSubnetwork;
}

/** Name of a target's VPC network (member stacks peer with their platform's by this name). */
export function gcpNetworkName(target: TargetSpec): string {
  return `${target.cluster.name}-vpc`;
}

export function gcpNetwork(stack: TerraformStack, ctx: GcpContext): GcpNetwork {
  const { cluster } = ctx.target;
  const network = new ComputeNetwork(stack, 'network', {
    name: gcpNetworkName(ctx.target),
    autoCreateSubnetworks: false,
    dependsOn: [...ctx.apis],
  });
  const subnet = new ComputeSubnetwork(stack, 'subnet', {
    name: `${cluster.name}-nodes`,
    network: network.id,
    region: ctx.gcp.region,
    ipCidrRange: cluster.nodeCidr,
    // VPC-native cluster: pods and services get their own secondary ranges.
    secondaryIpRange: [
      { rangeName: POD_RANGE, ipCidrRange: cluster.podCidr },
      { rangeName: SERVICE_RANGE, ipCidrRange: cluster.serviceCidr },
    ],
    // Private nodes reach Google APIs without public IPs.
    privateIpGoogleAccess: true,
    logConfig: { aggregationInterval: 'INTERVAL_5_MIN', flowSampling: 0.5, metadata: 'INCLUDE_ALL_METADATA' },
  });
  const router = new ComputeRouter(stack, 'router', { name: `${cluster.name}-router`, network: network.id, region: ctx.gcp.region });
  // Egress for private nodes (image pulls, LLM APIs) without external IPs on nodes.
  new ComputeRouterNat(stack, 'nat', {
    name: `${cluster.name}-nat`,
    router: router.name,
    region: ctx.gcp.region,
    natIpAllocateOption: 'AUTO_ONLY',
    sourceSubnetworkIpRangesToNat: 'ALL_SUBNETWORKS_ALL_IP_RANGES',
    logConfig: { enable: true, filter: 'ERRORS_ONLY' },
  });
  return { network, subnet };
}
