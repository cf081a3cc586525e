import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { EksAccessEntry } from '@cdktf/provider-aws/lib/eks-access-entry';
import { EksAccessPolicyAssociation } from '@cdktf/provider-aws/lib/eks-access-policy-association';
import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { EksNodeGroup } from '@cdktf/provider-aws/lib/eks-node-group';
import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { Token, type TerraformStack } from 'cdktf';
import { apiTaint } from '../common/taints';
import { apiEndpointAccess } from '../common/access';
import { CLOUD_PROFILES, stackTaints } from '../../../lib/clouds';
import { protect } from '../common/stateful';
import type { AwsContext } from './context';
import type { AwsKeys } from './kms';
import type { AwsNetwork } from './network';
import { policyDocument, servicePrincipalTrust } from './policy';

/** All five EKS control-plane log types. */
export const EKS_LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const;

interface AwsCluster {
  readonly cluster: EksCluster;
  readonly oidc: IamOpenidConnectProvider;
  readonly adminRole: IamRole;
  /** Managed node group per pool name. */
  readonly pools: ReadonlyMap<string, EksNodeGroup>;
}

const MANAGED = 'arn:aws:iam::aws:policy/';

function attach(stack: TerraformStack, id: string, role: IamRole, policies: readonly string[]): void {
  policies.forEach(
    (p) => new IamRolePolicyAttachment(stack, `${id}_${p.replace(/[^A-Za-z0-9]/g, '_')}`, { role: role.name, policyArn: `${MANAGED}${p}` }),
  );
}

export function awsCluster(stack: TerraformStack, ctx: AwsContext, net: AwsNetwork, keys: AwsKeys): AwsCluster {
  const { target } = ctx;
  const name = target.cluster.name;
  const clusterRole = new IamRole(stack, 'cluster_role', {
    name: `${name}-cluster`,
    assumeRolePolicy: servicePrincipalTrust(stack, 'cluster_trust', 'eks.amazonaws.com').json,
  });
  attach(stack, 'cluster_role', clusterRole, ['AmazonEKSClusterPolicy']);
  // EKS writes control-plane logs here; owning the group sets retention and encryption.
  const logGroup = new CloudwatchLogGroup(stack, 'cluster_logs', {
    name: `/aws/eks/${name}/cluster`,
    retentionInDays: ctx.settings.aws.logRetentionDays,
  });
  const access = apiEndpointAccess(target, ctx.settings);
  const cluster = new EksCluster(stack, 'eks', {
    name,
    version: target.cluster.kubernetesVersion,
    roleArn: clusterRole.arn,
    vpcConfig: {
      subnetIds: net.privateSubnets.map((s) => s.id),
      // Private endpoint only; a public one (the recorded dev exception) answers only the authorized ranges.
      endpointPrivateAccess: true,
      endpointPublicAccess: access.public,
      publicAccessCidrs: access.public ? [...access.authorizedCidrs] : undefined,
    },
    // Kubernetes Secrets are envelope-encrypted with a rotating customer-managed key.
    encryptionConfig: { resources: ['secrets'], provider: { keyArn: keys.eks.arn } },
    enabledClusterLogTypes: [...EKS_LOG_TYPES],
    // Access entries only (no aws-auth ConfigMap); whoever runs Terraform gets no implicit admin.
    accessConfig: { authenticationMode: 'API', bootstrapClusterCreatorAdminPermissions: false },
    kubernetesNetworkConfig: { serviceIpv4Cidr: target.cluster.serviceCidr },
    // Standard support only: a cluster left on an old version fails loudly instead of billing extended support.
    upgradePolicy: { supportType: 'STANDARD' },
    deletionProtection: ctx.settings.deletionProtection,
    dependsOn: [logGroup],
  });
  protect(cluster, ctx.settings.deletionProtection);

  // Cluster admins assume this role (with MFA) and are mapped by an access entry, not by being the creator.
  const adminTrust = policyDocument(stack, 'admin_trust', [
    {
      effect: 'Allow',
      actions: ['sts:AssumeRole'],
      principals: [{ type: 'AWS', identifiers: [`${ctx.arnPrefix.iam}root`] }],
      condition: [{ test: 'Bool', variable: 'aws:MultiFactorAuthPresent', values: ['true'] }],
    },
  ]);
  const adminRole = new IamRole(stack, 'admin_role', { name: `${name}-cluster-admin`, assumeRolePolicy: adminTrust.json });
  new EksAccessEntry(stack, 'admin_access', { clusterName: cluster.name, principalArn: adminRole.arn, type: 'STANDARD' });
  new EksAccessPolicyAssociation(stack, 'admin_access_policy', {
    clusterName: cluster.name,
    principalArn: adminRole.arn,
    policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy',
    accessScope: { type: 'cluster' },
  });

  // IRSA: ServiceAccount tokens of this cluster are accepted by STS.
  const oidc = new IamOpenidConnectProvider(stack, 'oidc', {
    url: cluster.identity.get(0).oidc.get(0).issuer,
    clientIdList: ['sts.amazonaws.com'],
  });

  const nodeRole = new IamRole(stack, 'node_role', {
    name: `${name}-nodes`,
    assumeRolePolicy: servicePrincipalTrust(stack, 'node_trust', 'ec2.amazonaws.com').json,
  });
  attach(stack, 'node_role', nodeRole, ['AmazonEKSWorkerNodePolicy', 'AmazonEC2ContainerRegistryReadOnly', 'AmazonEKS_CNI_Policy']);
  const launchTemplate = new LaunchTemplate(stack, 'node_template', {
    name: `${name}-nodes`,
    // IMDSv2 only, one hop: pods cannot reach the node role's credentials and must use IRSA.
    metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 },
    // Encrypted root volumes.
    blockDeviceMappings: [
      { deviceName: '/dev/xvda', ebs: { encrypted: 'true', volumeType: 'gp3', volumeSize: 100, deleteOnTermination: 'true' } },
    ],
  });
  const pools = new Map<string, EksNodeGroup>();
  for (const pool of target.cluster.nodePools) {
    const stray = pool.zones.filter((z) => !ctx.zones.includes(z));
    if (stray.length > 0)
      throw new Error(`${target.name}: node pool ${pool.name} names zones without a private subnet: ${stray.join(', ')}`);
    // The pool's taints, plus CriticalAddonsOnly on the critical-add-ons pool (EKS adds none itself).
    const taints = stackTaints(CLOUD_PROFILES.aws.nodes, pool);
    const group = new EksNodeGroup(stack, `pool_${pool.name}`, {
      clusterName: cluster.name,
      nodeGroupName: pool.name,
      nodeRoleArn: nodeRole.arn,
      // The private subnets of the pool's zones (one subnet per zone, in ctx.zones order).
      subnetIds: net.privateSubnets.filter((_, i) => pool.zones.includes(ctx.zones[i])).map((s) => s.id),
      instanceTypes: [pool.machineType],
      amiType: pool.gpu ? 'AL2023_x86_64_NVIDIA' : 'AL2023_x86_64_STANDARD',
      launchTemplate: { id: launchTemplate.id, version: Token.asString(launchTemplate.latestVersion) },
      // Autoscaling range from config; the autoscaler owns desired size after creation.
      scalingConfig: { minSize: pool.min, maxSize: pool.max, desiredSize: pool.min },
      // Only pods tolerating the pool's taint land here (fact sheet §12 taints).
      taint: taints.length > 0 ? taints.map((t) => apiTaint(t, 'omit')) : undefined,
      labels: { ...pool.labels },
      updateConfig: { maxUnavailablePercentage: 33 },
      lifecycle: { ignoreChanges: ['scaling_config[0].desired_size'] },
    });
    pools.set(pool.name, group);
  }
  return { cluster, oidc, adminRole, pools };
}
