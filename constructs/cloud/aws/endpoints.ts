import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import type { TerraformStack } from 'cdktf';
import { type AwsContext, idOf } from './context';
import type { AwsNetwork } from './network';

/**
 * AWS APIs the cluster calls, reached through interface endpoints with private DNS: STS (IRSA
 * token exchange), Secrets Manager (External Secrets), KMS, ECR (image pulls: API and registry)
 * and CloudWatch Logs (the Container Insights agent and Fluent Bit). S3 is a
 * gateway endpoint (below); the NAT gateway stays for the internet (LLM APIs, public images).
 */
export const AWS_INTERFACE_ENDPOINTS = ['sts', 'secretsmanager', 'kms', 'ecr.api', 'ecr.dkr', 'logs'] as const;

interface AwsEndpoints {
  readonly s3: VpcEndpoint;
  readonly interfaces: ReadonlyMap<string, VpcEndpoint>;
}

export function awsEndpoints(stack: TerraformStack, ctx: AwsContext, net: AwsNetwork): AwsEndpoints {
  const service = (name: string): string => `com.amazonaws.${ctx.aws.region}.${name}`;
  const name = ctx.target.cluster.name;
  // HTTPS from the node range (nodes and, with the VPC CNI, pods) only; the endpoints start no connections.
  const group = new SecurityGroup(stack, 'endpoints_sg', {
    name: `${name}-endpoints`,
    description: 'HTTPS from the cluster to the AWS interface endpoints',
    vpcId: net.vpc.id,
  });
  new VpcSecurityGroupIngressRule(stack, 'endpoints_sg_https', {
    securityGroupId: group.id,
    description: 'HTTPS from the node range',
    ipProtocol: 'tcp',
    fromPort: 443,
    toPort: 443,
    cidrIpv4: ctx.target.cluster.nodeCidr,
  });
  const interfaces = new Map(
    AWS_INTERFACE_ENDPOINTS.map((api) => [
      api,
      new VpcEndpoint(stack, `endpoint_${idOf(api)}`, {
        vpcId: net.vpc.id,
        serviceName: service(api),
        vpcEndpointType: 'Interface',
        // The public service names resolve to the endpoint's private addresses inside the VPC.
        privateDnsEnabled: true,
        subnetIds: net.endpointSubnets.map((s) => s.id),
        securityGroupIds: [group.id],
        tags: { Name: `${name}-${api}` },
      }),
    ]),
  );
  // S3 over the private route table: bucket traffic never crosses the NAT gateway.
  const s3 = new VpcEndpoint(stack, 'endpoint_s3', {
    vpcId: net.vpc.id,
    serviceName: service('s3'),
    vpcEndpointType: 'Gateway',
    routeTableIds: [net.privateRoutes.id],
    tags: { Name: `${name}-s3` },
  });
  return { s3, interfaces };
}
