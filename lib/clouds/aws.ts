/** AWS: EKS with IRSA, Secrets Manager under a path prefix, Route 53, provider-upjet-aws. */
import { cidrHost, cidrSubnet } from '../k8s/cidr';
import type { TargetSpec } from '../../config/types';
import {
  ClusterProviderConfig,
  ClusterProviderConfigSpecCredentialsSource,
} from '../../imports/awsclusterproviderconfigs-aws.m.upbound.io';
import { ClusterSecretStoreSpecProviderAwsService } from '../../imports/clustersecretstores-external-secrets.io';
import { type FederatedIdentity, shortHash } from './identities';
import { eksAllocatable, type NodeProfile, wellKnownLabels } from './nodes';
import {
  ANY_ADDRESS,
  type IdentityNetworkProfile,
  type NetworkEndpoint,
  backupPrefix,
  type CloudProfile,
  ELASTICSEARCH_CONFIG_DIR,
  FLEET_TLS,
  providerOf,
  backupOf,
  prefixPath,
  type VaultLocation,
} from './profile';

const AWS_ROLE_ANNOTATION = 'eks.amazonaws.com/role-arn';

/** AWS IAM role name (at most 64 characters). */
export function awsRoleName(target: TargetSpec, identity: Pick<FederatedIdentity, 'name'>): string {
  const name = `${target.cluster.name}-${identity.name}`;
  return name.length <= 64 ? name : `${name.slice(0, 55).replace(/-+$/, '')}-${shortHash(name, 8)}`;
}

export function awsRoleArn(target: TargetSpec, identity: Pick<FederatedIdentity, 'name'>): string {
  return `arn:aws:iam::${providerOf(target, 'aws').accountId}:role/${awsRoleName(target, identity)}`;
}

/** Tenant buckets are global S3 names: `matih-<target>-tenant-<slug>`. */
function awsBucketPrefix(target: TargetSpec): string {
  return `matih-${target.name}-`;
}

function vaultLocation(target: TargetSpec, tenant?: string): VaultLocation {
  const p = providerOf(target, 'aws');
  return { cloud: 'aws', region: p.region, prefix: tenant ? `matih/${target.name}/tenants/${tenant}/` : `matih/${target.name}/platform/` };
}

/**
 * EKS managed node groups label nodes with their group and capacity type
 * (https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html) and add no taint of
 * their own: our stack taints the critical-add-ons pool CriticalAddonsOnly (the EKS CoreDNS add-on
 * tolerates it). The AL2023 NVIDIA AMI carries drivers but no device plugin
 * (https://docs.aws.amazon.com/eks/latest/userguide/ml-eks-optimized-ami.html).
 */
const nodes: NodeProfile = {
  labels: (target, pool, zone) => ({
    ...wellKnownLabels(pool, zone, providerOf(target, 'aws').region),
    'eks.amazonaws.com/nodegroup': pool.name,
    'eks.amazonaws.com/capacityType': 'ON_DEMAND',
  }),
  taints: () => [],
  criticalAddonsTaint: 'stack',
  installsNvidiaDevicePlugin: false,
  allocatable: eksAllocatable,
  reservationSource: 'https://github.com/awslabs/amazon-eks-ami/blob/main/nodeadm/internal/kubelet/config.go',
};
/**
 * EKS IRSA exchanges the projected token with STS, which the cloud stack serves through an
 * interface endpoint (private DNS) in `cluster.privateEndpointCidr`, as it does Secrets Manager and
 * KMS (constructs/cloud/aws/endpoints.ts). S3 is a gateway endpoint: its addresses stay the public
 * S3 ranges, routed privately. Route 53 and the APIs Crossplane calls are public endpoints.
 */
const identityNetwork: IdentityNetworkProfile = {
  tokenEndpoints: (target) => [{ name: 'STS interface endpoint', cidrs: [target.cluster.privateEndpointCidr], ports: [443] }],
  serviceEndpoints(target, permission) {
    const interfaces = (what: string): NetworkEndpoint => ({ name: what, cidrs: [target.cluster.privateEndpointCidr], ports: [443] });
    switch (permission) {
      case 'vault-read':
      case 'tenant-vault-read':
        return [interfaces('Secrets Manager and KMS interface endpoints')];
      case 'object-storage':
      case 'backup-write':
        return [{ name: 'S3 (gateway endpoint)', cidrs: [ANY_ADDRESS], ports: [443] }, interfaces('KMS interface endpoint')];
      case 'dns-zone-write':
        return [{ name: 'Route 53', cidrs: [ANY_ADDRESS], ports: [443] }];
      case 'cloud-provisioning':
        return [{ name: 'AWS APIs', cidrs: [ANY_ADDRESS], ports: [443] }, interfaces('interface endpoints')];
    }
  },
};

export const aws: CloudProfile = {
  cloud: 'aws',
  storageClasses: {
    // EKS creates only gp2 (without the default annotation from 1.30 on); the EBS CSI add-on creates no class.
    builtIn: ['gp2'],
    // gp3: cheaper and faster than gp2 at the same size; encrypted at rest (KMS default key); the default, so that
    // charts' claims that name no class bind too (EKS marks no default class from 1.30 on).
    rendered: {
      gp3: {
        provisioner: 'ebs.csi.aws.com',
        parameters: { type: 'gp3', encrypted: 'true', 'csi.storage.k8s.io/fstype': 'ext4' },
        default: true,
      },
    },
  },
  volumeSnapshots: { driver: 'ebs.csi.aws.com', parameters: {}, location: "EBS snapshots in the target's account and region" },
  identityAnnotation: AWS_ROLE_ANNOTATION,
  identityKnownAfterApply: false,
  identityValue: (target, identity, recorded) => recorded?.roleArn ?? awsRoleArn(target, identity),
  identityNetwork,
  identityPodLabels: {},
  vaultLocation,
  secretStoreProvider(target, serviceAccount, tenant) {
    const location = vaultLocation(target, tenant) as Extract<VaultLocation, { cloud: 'aws' }>;
    return {
      aws: {
        service: ClusterSecretStoreSpecProviderAwsService.SECRETS_MANAGER,
        region: location.region,
        // The IAM role may only read this prefix; remote keys stay cloud-neutral (lib/model/secret-keys.ts).
        prefix: location.prefix,
        // IRSA: ESO exchanges a token of this ServiceAccount for its eks.amazonaws.com/role-arn role.
        auth: { jwt: { serviceAccountRef: serviceAccount } },
      },
    };
  },
  // Ambient IRSA credentials of the cert-manager pod (ClusterIssuers may use them by default);
  // auth.kubernetes would need the role ARN here and token-create RBAC for cert-manager.
  dns01Solver: (target) => ({ route53: { region: providerOf(target, 'aws').region } }),
  externalDnsValues: () => ({ provider: { name: 'aws' } }),
  crossplane: {
    packages: [
      { name: 'provider-family-aws', package: 'xpkg.crossplane.io/crossplane-contrib/provider-family-aws:v2.7.0' },
      { name: 'provider-aws-s3', package: 'xpkg.crossplane.io/crossplane-contrib/provider-aws-s3:v2.7.0' },
    ],
    // IRSA reads the role from the ServiceAccount annotation itself.
    clusterProviderConfig: (scope, id, { metadata }) =>
      new ClusterProviderConfig(scope, id, {
        metadata,
        spec: { credentials: { source: ClusterProviderConfigSpecCredentialsSource.IRSA } },
      }),
    bucketPrefix: awsBucketPrefix,
    bucketResources(target) {
      const region = providerOf(target, 'aws').region;
      return [
        {
          name: 'bucket',
          apiVersion: 's3.aws.m.upbound.io/v1beta1',
          kind: 'Bucket',
          forProvider: { region },
          namePatch: 'metadata.annotations[crossplane.io/external-name]',
        },
        {
          name: 'public-access-block',
          apiVersion: 's3.aws.m.upbound.io/v1beta1',
          kind: 'BucketPublicAccessBlock',
          forProvider: { region, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
          namePatch: 'spec.forProvider.bucket',
        },
      ];
    },
  },
  // EKS's own load balancers get no fixed private address: the platform stack's internal NLB does
  // (one address per zone, awsFleetGatewayAddresses) and forwards each endpoint's port to a fixed node port.
  fleetGateway: {
    addresses: (target) => awsFleetGatewayAddresses(target),
    service: (_target, index) => ({ type: 'NodePort', annotations: {}, nodePort: AWS_FLEET_NODE_PORT_BASE + index }),
  },
  // awsAuthConfig: Argo CD's IRSA management role assumes the member's own role, mapped by an access entry.
  fleetCluster: {
    entryKeys: ['server', 'caData'],
    config: (member) => ({
      awsAuthConfig: { clusterName: member.cluster.name, roleARN: awsFleetClusterRoleArn(member) },
      tlsClientConfig: FLEET_TLS,
    }),
  },
  nodes,
  backup: {
    location(target, service) {
      const p = providerOf(target, 'aws');
      const prefix = backupPrefix(service);
      return { cloud: 'aws', bucket: p.bucketName, region: p.region, prefix, url: `s3://${p.bucketName}/${prefixPath(prefix)}` };
    },
    // IRSA: the EKS webhook injects AWS_ROLE_ARN and the web identity token into the instance pods.
    barmanCredentials: () => ({ s3Credentials: { inheritFromIamRole: true } }),
    rclone(location) {
      const l = backupOf(location, 'aws');
      return {
        env: [
          { name: 'RCLONE_CONFIG_BACKUP_TYPE', value: 's3' },
          { name: 'RCLONE_CONFIG_BACKUP_PROVIDER', value: 'AWS' },
          { name: 'RCLONE_CONFIG_BACKUP_ENV_AUTH', value: 'true' },
          { name: 'RCLONE_CONFIG_BACKUP_REGION', value: l.region },
        ],
        destination: `backup:${l.bucket}/${prefixPath(l.prefix)}`,
      };
    },
    elasticsearch(_target, location) {
      const l = backupOf(location, 'aws');
      return {
        repository: { type: 's3', settings: { bucket: l.bucket, base_path: `${l.prefix}snapshots` } },
        token: {
          audience: 'sts.amazonaws.com',
          directory: `${ELASTICSEARCH_CONFIG_DIR}/repository-s3`,
          file: 'aws-web-identity-token-file',
        },
        keystore: {},
      };
    },
  },
};

/** The platform's Argo CD management role (IRSA of Argo CD's ServiceAccounts). */
export function awsArgoCdRoleName(platform: TargetSpec): string {
  return `${platform.cluster.name}-argocd`;
}

/** The role Argo CD assumes for one member cluster (its access entry maps it to cluster admin). */
export function awsFleetClusterRoleName(member: TargetSpec): string {
  return `${member.cluster.name}-argocd-deployer`;
}

export function awsFleetClusterRoleArn(member: TargetSpec): string {
  return `arn:aws:iam::${providerOf(member, 'aws').accountId}:role/${awsFleetClusterRoleName(member)}`;
}

/** Node port of fleet endpoint number 0 (then one per endpoint) behind the platform's fleet NLB. */
const AWS_FLEET_NODE_PORT_BASE = 31800;

/** The fleet NLB's subnets: the four /28 of fleetEndpointCidr, the first three used (one per zone). */
export function awsFleetGatewaySubnets(target: TargetSpec): string[] {
  return [0, 1, 2].map((zone) => cidrSubnet(target.cluster.fleetEndpointCidr, 2, zone));
}

/** The fleet NLB's fixed addresses: the fifth address of each of its subnets (AWS keeps the first four). */
export function awsFleetGatewayAddresses(target: TargetSpec): string[] {
  return awsFleetGatewaySubnets(target).map((subnet) => cidrHost(subnet, 4));
}
