/**
 * The fleet on AWS. The platform stack creates Argo CD's management role (IRSA of Argo CD's
 * ServiceAccounts, allowed to assume each member's deployer role) and the fleet NLB: fixed private
 * addresses in fleetEndpointCidr forwarding each control-plane endpoint's port to its node port.
 * A member stack peers its VPC with the platform's (routes on both sides, by the platform's name
 * tags), delegates its zone from the platform zone, creates the deployer role Argo CD assumes (an
 * access entry maps it to cluster admin) and writes where its API server is into the platform's
 * Secrets Manager prefix.
 */
import { AutoscalingAttachment } from '@cdktf/provider-aws/lib/autoscaling-attachment';
import { DataAwsKmsAlias } from '@cdktf/provider-aws/lib/data-aws-kms-alias';
import { DataAwsRoute53Zone } from '@cdktf/provider-aws/lib/data-aws-route53-zone';
import { DataAwsRouteTable } from '@cdktf/provider-aws/lib/data-aws-route-table';
import { DataAwsVpc } from '@cdktf/provider-aws/lib/data-aws-vpc';
import { EksAccessEntry } from '@cdktf/provider-aws/lib/eks-access-entry';
import { EksAccessPolicyAssociation } from '@cdktf/provider-aws/lib/eks-access-policy-association';
import type { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import type { EksNodeGroup } from '@cdktf/provider-aws/lib/eks-node-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import type { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { Lb } from '@cdktf/provider-aws/lib/lb';
import { LbListener } from '@cdktf/provider-aws/lib/lb-listener';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';
import { Route } from '@cdktf/provider-aws/lib/route';
import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import type { Route53Zone } from '@cdktf/provider-aws/lib/route53-zone';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';
import { SecretsmanagerSecretVersion } from '@cdktf/provider-aws/lib/secretsmanager-secret-version';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { VpcPeeringConnection } from '@cdktf/provider-aws/lib/vpc-peering-connection';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Fn, type TerraformStack } from 'cdktf';
import { ARGOCD_NAMESPACE, type TargetSpec } from '../../../config/types';
import { ARGOCD_FLEET_SERVICE_ACCOUNTS, providerOf, serviceAccountSubject, vaultLocation } from '../../../lib/clouds';
import {
  awsArgoCdRoleName,
  awsFleetClusterRoleArn,
  awsFleetClusterRoleName,
  awsFleetGatewayAddresses,
  awsFleetGatewaySubnets,
} from '../../../lib/clouds/aws';
import { profileOf } from '../../../lib/clouds';
import { cloudFleet, clusterEntryName, delegatesOwnZone } from '../common/fleet';
import { type AwsContext, idOf } from './context';
import { STS_AUDIENCE } from './identities';
import type { AwsNetwork } from './network';
import { privateRouteTableName } from './network';
import { policyDocument } from './policy';

/** Argo CD gets cluster admin on a member through this EKS access policy (it syncs every folder, CRDs included). */
const EKS_CLUSTER_ADMIN_POLICY = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy';

interface AwsFleetPlatformInputs {
  readonly cluster: EksCluster;
  readonly oidc: IamOpenidConnectProvider;
  readonly pools: ReadonlyMap<string, EksNodeGroup>;
}

/** Argo CD's management role and the fleet NLB of a platform with member clusters. */
export function awsFleetPlatform(stack: TerraformStack, ctx: AwsContext, net: AwsNetwork, inputs: AwsFleetPlatformInputs): IamRole {
  const fleet = cloudFleet(ctx.model);
  const issuer = Fn.replace(inputs.cluster.identity.get(0).oidc.get(0).issuer, 'https://', '');
  const trust = policyDocument(stack, 'argocd_role_trust', [
    {
      effect: 'Allow',
      actions: ['sts:AssumeRoleWithWebIdentity'],
      principals: [{ type: 'Federated', identifiers: [inputs.oidc.arn] }],
      condition: [
        {
          test: 'StringEquals',
          variable: `${issuer}:sub`,
          values: ARGOCD_FLEET_SERVICE_ACCOUNTS.map((serviceAccount) =>
            serviceAccountSubject({ namespace: ARGOCD_NAMESPACE, serviceAccount }),
          ),
        },
        { test: 'StringEquals', variable: `${issuer}:aud`, values: [STS_AUDIENCE] },
      ],
    },
  ]);
  const role = new IamRole(stack, 'argocd_role', {
    name: awsArgoCdRoleName(ctx.target),
    assumeRolePolicy: trust.json,
    maxSessionDuration: 3600,
  });
  // Exactly the deployer roles of this platform's members, nothing else.
  const assume = policyDocument(stack, 'argocd_role_permissions', [
    { sid: 'AssumeMemberDeployers', effect: 'Allow', actions: ['sts:AssumeRole'], resources: fleet.members.map(awsFleetClusterRoleArn) },
  ]);
  new IamRolePolicy(stack, 'argocd_role_policy', { name: 'assume-member-deployers', role: role.id, policy: assume.json });

  if (fleet.endpoints.length === 0) return role;
  const addresses = awsFleetGatewayAddresses(ctx.target);
  const subnets = awsFleetGatewaySubnets(ctx.target).map((cidr, i) => {
    const subnet = new Subnet(stack, `fleet_${i}`, {
      vpcId: net.vpc.id,
      availabilityZone: ctx.zones[i],
      cidrBlock: cidr,
      mapPublicIpOnLaunch: false,
      tags: { Name: `${ctx.target.cluster.name}-fleet-${ctx.zones[i]}` },
    });
    // The private table: members' peering routes are there, so replies find their way back.
    new RouteTableAssociation(stack, `fleet_${i}_routes`, { subnetId: subnet.id, routeTableId: net.privateRoutes.id });
    return subnet;
  });
  const nlb = new Lb(stack, 'fleet_nlb', {
    name: `${ctx.target.cluster.name}-fleet`.slice(0, 32),
    internal: true,
    loadBalancerType: 'network',
    // Fixed addresses: member clusters' EndpointSlices name them (lib/clouds/aws.ts awsFleetGatewayAddresses).
    subnetMapping: subnets.map((subnet, i) => ({ subnetId: subnet.id, privateIpv4Address: addresses[i] })),
    enableCrossZoneLoadBalancing: true,
  });
  const gateway = profileOf(ctx.target).fleetGateway;
  fleet.endpoints.forEach((endpoint, index) => {
    const nodePort = gateway.service(ctx.target, index).nodePort!;
    const id = `fleet_${idOf(endpoint.component)}`;
    const group = new LbTargetGroup(stack, `${id}_targets`, {
      name: `${ctx.target.cluster.name}-${endpoint.component}`.slice(0, 32).replace(/-+$/, ''),
      port: nodePort,
      protocol: 'TCP',
      targetType: 'instance',
      vpcId: net.vpc.id,
      // Client addresses are kept, so the endpoint's NetworkPolicy sees the member cluster's range.
      preserveClientIp: 'true',
      healthCheck: { protocol: 'TCP', port: String(nodePort) },
    });
    new LbListener(stack, `${id}_listener`, {
      loadBalancerArn: nlb.arn,
      port: endpoint.port.port,
      protocol: 'TCP',
      defaultAction: [{ type: 'forward', targetGroupArn: group.arn }],
    });
    const pool = inputs.pools.get(endpoint.nodePool);
    if (!pool)
      throw new Error(
        `${ctx.target.name}: fleet endpoint ${endpoint.component} runs on pool ${endpoint.nodePool}, which has no node group`,
      );
    new AutoscalingAttachment(stack, `${id}_nodes`, {
      autoscalingGroupName: pool.resources.get(0).autoscalingGroups.get(0).name,
      lbTargetGroupArn: group.arn,
    });
    // Nodes accept the node port from the members' blocks and the NLB's own health checks only.
    for (const [i, cidr] of [...fleet.members.map((m) => m.cluster.vnetCidr), ctx.target.cluster.fleetEndpointCidr].entries()) {
      new VpcSecurityGroupIngressRule(stack, `${id}_ingress_${i}`, {
        securityGroupId: inputs.cluster.vpcConfig.clusterSecurityGroupId,
        description: `fleet endpoint ${endpoint.component} from ${cidr}`,
        ipProtocol: 'tcp',
        fromPort: nodePort,
        toPort: nodePort,
        cidrIpv4: cidr,
      });
    }
  });
  return role;
}

/** The platform's Route 53 zone, looked up by name (member stacks delegate their zones from it). */
export function platformZone(stack: TerraformStack, platform: TargetSpec): DataAwsRoute53Zone {
  return new DataAwsRoute53Zone(stack, 'platform_zone', { name: platform.domain, privateZone: false });
}

/** A member cluster's links to its platform: peering and routes, zone delegation, Argo CD's role and the cluster entry. */
export function awsFleetMember(
  stack: TerraformStack,
  ctx: AwsContext,
  net: AwsNetwork,
  cluster: EksCluster,
  zone: Route53Zone,
  parentZone: () => DataAwsRoute53Zone,
): void {
  const platform = cloudFleet(ctx.model).platform;
  const platformVpc = new DataAwsVpc(stack, 'platform_vpc', { tags: { Name: platform.cluster.name } });
  const platformRoutes = new DataAwsRouteTable(stack, 'platform_private_routes', {
    vpcId: platformVpc.id,
    tags: { Name: privateRouteTableName(platform) },
  });
  // Same account and region: the request is accepted by the same apply.
  const peering = new VpcPeeringConnection(stack, 'peering', {
    vpcId: net.vpc.id,
    peerVpcId: platformVpc.id,
    autoAccept: true,
    tags: { Name: `${ctx.target.name}-to-${platform.name}` },
  });
  new Route(stack, 'peering_route_to_platform', {
    routeTableId: net.privateRoutes.id,
    destinationCidrBlock: platform.cluster.nodeCidr,
    vpcPeeringConnectionId: peering.id,
  });
  new Route(stack, 'peering_route_from_platform', {
    routeTableId: platformRoutes.id,
    destinationCidrBlock: ctx.target.cluster.nodeCidr,
    vpcPeeringConnectionId: peering.id,
  });
  // Argo CD's pods (VPC CNI: addresses of the platform's node range) reach this private API endpoint.
  new VpcSecurityGroupIngressRule(stack, 'argocd_api_access', {
    securityGroupId: cluster.vpcConfig.clusterSecurityGroupId,
    description: `Argo CD of ${platform.name}`,
    ipProtocol: 'tcp',
    fromPort: 443,
    toPort: 443,
    cidrIpv4: platform.cluster.nodeCidr,
  });
  if (delegatesOwnZone(ctx.model)) {
    new Route53Record(stack, 'zone_delegation', {
      zoneId: parentZone().zoneId,
      name: ctx.target.domain,
      type: 'NS',
      ttl: 3600,
      records: zone.nameServers,
    });
  }
  // The role Argo CD's management role assumes for this cluster; an access entry makes it cluster admin.
  const trust = policyDocument(stack, 'argocd_deployer_trust', [
    {
      effect: 'Allow',
      actions: ['sts:AssumeRole'],
      principals: [
        { type: 'AWS', identifiers: [`arn:aws:iam::${providerOf(platform, 'aws').accountId}:role/${awsArgoCdRoleName(platform)}`] },
      ],
    },
  ]);
  const deployer = new IamRole(stack, 'argocd_deployer', { name: awsFleetClusterRoleName(ctx.target), assumeRolePolicy: trust.json });
  new EksAccessEntry(stack, 'argocd_access', { clusterName: cluster.name, principalArn: deployer.arn, type: 'STANDARD' });
  new EksAccessPolicyAssociation(stack, 'argocd_access_policy', {
    clusterName: cluster.name,
    principalArn: deployer.arn,
    policyArn: EKS_CLUSTER_ADMIN_POLICY,
    accessScope: { type: 'cluster' },
  });
  // In the platform's prefix, encrypted with the platform's secrets key: the platform's External Secrets reads it.
  const location = vaultLocation(platform);
  if (location.cloud !== 'aws') throw new Error('unreachable');
  const key = new DataAwsKmsAlias(stack, 'platform_secrets_key', { name: `alias/${platform.cluster.name}-secrets` });
  const secret = new SecretsmanagerSecret(stack, 'argocd_cluster_entry', {
    name: `${location.prefix}${clusterEntryName(ctx.target)}`,
    description: `Where the API server of ${ctx.target.name} is, for Argo CD on ${platform.name} (no credential)`,
    kmsKeyId: key.targetKeyArn,
  });
  new SecretsmanagerSecretVersion(stack, 'argocd_cluster_entry_value', {
    secretId: secret.id,
    secretString: Fn.jsonencode({ server: cluster.endpoint, caData: cluster.certificateAuthority.get(0).data }),
  });
}
