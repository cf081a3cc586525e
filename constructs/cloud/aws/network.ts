import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { VpcIpv4CidrBlockAssociation } from '@cdktf/provider-aws/lib/vpc-ipv4-cidr-block-association';
import { Fn, type TerraformStack } from 'cdktf';
import type { TargetSpec } from '../../../config/types';
import type { AwsContext } from './context';

export interface AwsNetwork {
  readonly vpc: Vpc;
  readonly privateSubnets: Subnet[];
  /** The private subnets' route table (the S3 gateway endpoint adds its route here). */
  readonly privateRoutes: RouteTable;
  /** One per zone in the private endpoint range: the interface endpoints' network interfaces. */
  readonly endpointSubnets: Subnet[];
}

/** Name tag of a target's private route table (member stacks find their platform's by it). */
export function privateRouteTableName(target: TargetSpec): string {
  return `${target.cluster.name}-private`;
}

/**
 * Public subnet `i` of the node range: a /24 from the last quarter of a /16 (the platform layout), a
 * sixteenth of the last quarter of a smaller range (member clusters' /21), never under AWS's /28.
 */
function publicSubnetCidr(nodeCidr: string, i: number): string {
  const prefix = Number(nodeCidr.split('/')[1]);
  return prefix <= 16 ? Fn.cidrsubnet(nodeCidr, 8, 192 + i) : Fn.cidrsubnet(nodeCidr, 4, 12 + i);
}

export function awsNetwork(stack: TerraformStack, ctx: AwsContext): AwsNetwork {
  const name = ctx.target.cluster.name;
  // VPCs are at most /16, so the VPC is the node range (config's vnetCidr /14 is Azure/GCP only).
  const vpc = new Vpc(stack, 'vpc', {
    cidrBlock: ctx.target.cluster.nodeCidr,
    enableDnsHostnames: true,
    enableDnsSupport: true,
    tags: { Name: name },
  });
  // The default security group allows all traffic between members; empty it so nothing relies on it.
  new DefaultSecurityGroup(stack, 'default_sg', { vpcId: vpc.id });
  const igw = new InternetGateway(stack, 'igw', { vpcId: vpc.id, tags: { Name: name } });
  const publicRoutes = new RouteTable(stack, 'public_routes', {
    vpcId: vpc.id,
    route: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }],
    tags: { Name: `${name}-public` },
  });
  const publicSubnets = ctx.zones.map((zone, i) => {
    // Public subnets hold only the NAT gateway and internet-facing load balancers; no public IPs on launch.
    const subnet = new Subnet(stack, `public_${i}`, {
      vpcId: vpc.id,
      availabilityZone: zone,
      cidrBlock: publicSubnetCidr(ctx.target.cluster.nodeCidr, i),
      mapPublicIpOnLaunch: false,
      tags: { Name: `${name}-public-${zone}`, 'kubernetes.io/role/elb': '1' },
    });
    new RouteTableAssociation(stack, `public_${i}_routes`, { subnetId: subnet.id, routeTableId: publicRoutes.id });
    return subnet;
  });
  const eip = new Eip(stack, 'nat_ip', { domain: 'vpc', tags: { Name: `${name}-nat` } });
  const nat = new NatGateway(stack, 'nat', { allocationId: eip.id, subnetId: publicSubnets[0].id, tags: { Name: name } });
  // Routes of the private table are resources of their own (no inline list, which would remove
  // the routes other stacks add): member clusters of the fleet add their peering routes here.
  const privateRoutes = new RouteTable(stack, 'private_routes', { vpcId: vpc.id, tags: { Name: privateRouteTableName(ctx.target) } });
  new Route(stack, 'private_default_route', { routeTableId: privateRoutes.id, destinationCidrBlock: '0.0.0.0/0', natGatewayId: nat.id });
  const privateSubnets = ctx.zones.map((zone, i) => {
    // Nodes live in private subnets only: egress through NAT, no inbound from the internet.
    const subnet = new Subnet(stack, `private_${i}`, {
      vpcId: vpc.id,
      availabilityZone: zone,
      cidrBlock: Fn.cidrsubnet(ctx.target.cluster.nodeCidr, 2, i),
      mapPublicIpOnLaunch: false,
      tags: { Name: `${name}-private-${zone}`, 'kubernetes.io/role/internal-elb': '1' },
    });
    new RouteTableAssociation(stack, `private_${i}_routes`, { subnetId: subnet.id, routeTableId: privateRoutes.id });
    return subnet;
  });
  // Interface endpoints get a range of their own (a secondary VPC range), so policies can name
  // them without naming the nodes; with the VPC CNI, pods share the node subnets.
  const endpointRange = new VpcIpv4CidrBlockAssociation(stack, 'vpc_endpoint_range', {
    vpcId: vpc.id,
    cidrBlock: ctx.target.cluster.privateEndpointCidr,
  });
  const endpointSubnets = ctx.zones.map(
    (zone, i) =>
      new Subnet(stack, `endpoints_${i}`, {
        vpcId: vpc.id,
        availabilityZone: zone,
        cidrBlock: Fn.cidrsubnet(ctx.target.cluster.privateEndpointCidr, 2, i),
        mapPublicIpOnLaunch: false,
        tags: { Name: `${name}-endpoints-${zone}` },
        dependsOn: [endpointRange],
      }),
  );
  return { vpc, privateSubnets, privateRoutes, endpointSubnets };
}
