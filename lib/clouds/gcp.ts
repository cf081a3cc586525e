/** GCP: GKE workload identity, Secret Manager with IAM conditions on a prefix, Cloud DNS, provider-upjet-gcp. */
import type { TargetSpec } from '../../config/types';
import {
  ClusterProviderConfig,
  ClusterProviderConfigSpecCredentialsSource,
} from '../../imports/gcpclusterproviderconfigs-gcp.m.upbound.io';
import { type FederatedIdentity, shortHash } from './identities';
import { gkeAllocatable, type NodeProfile, wellKnownLabels } from './nodes';
import {
  type IdentityNetworkProfile,
  backupPrefix,
  type CloudProfile,
  EXEC_API_VERSION,
  FLEET_TLS,
  fleetEndpointHost,
  fleetEndpointHosts,
  providerOf,
  backupOf,
  prefixPath,
  type VaultLocation,
} from './profile';

const GCP_SERVICE_ACCOUNT_ANNOTATION = 'iam.gke.io/gcp-service-account';

/** GCP service account id: 6 to 30 characters, `<env>-<identity>`, shortened with a hash when longer. */
export function gcpServiceAccountId(target: TargetSpec, identity: Pick<FederatedIdentity, 'name'>): string {
  const id = `${target.environment}-${identity.name}`;
  return id.length <= 30 ? id : `${id.slice(0, 21).replace(/-+$/, '')}-${shortHash(`${target.name}/${identity.name}`, 8)}`;
}

export function gcpServiceAccountEmail(target: TargetSpec, identity: Pick<FederatedIdentity, 'name'>): string {
  return `${gcpServiceAccountId(target, identity)}@${providerOf(target, 'gcp').projectId}.iam.gserviceaccount.com`;
}

/** GKE workload identity principal of a ServiceAccount: what `roles/iam.workloadIdentityUser` is granted to. */
export function gcpWorkloadIdentityMember(projectId: string, identity: Pick<FederatedIdentity, 'namespace' | 'serviceAccount'>): string {
  return `serviceAccount:${projectId}.svc.id.goog[${identity.namespace}/${identity.serviceAccount}]`;
}

function vaultLocation(target: TargetSpec, tenant?: string): VaultLocation {
  // Secret ids allow [A-Za-z0-9_-]; "--" never occurs in a slug, so it separates safely.
  return { cloud: 'gcp', projectId: providerOf(target, 'gcp').projectId, prefix: tenant ? `tenant--${tenant}--` : 'platform--' };
}

/**
 * GKE labels nodes with their pool and machine family, GPU nodes with their accelerator, taints GPU
 * pools `nvidia.com/gpu=present:NoSchedule` and runs its own NVIDIA device plugin there
 * (https://cloud.google.com/kubernetes-engine/docs/how-to/gpus). Our stack taints the
 * critical-add-ons pool CriticalAddonsOnly; a GKE component that does not tolerate it runs on the
 * untainted platform pool instead.
 */
const nodes: NodeProfile = {
  labels: (target, pool, zone) => ({
    ...wellKnownLabels(pool, zone, providerOf(target, 'gcp').region),
    'cloud.google.com/gke-nodepool': pool.name,
    'cloud.google.com/machine-family': pool.machineType.split('-')[0],
    ...(pool.gpu ? { 'cloud.google.com/gke-accelerator': pool.gpu.type } : {}),
  }),
  taints: (pool) => (pool.gpu ? [{ key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' }] : []),
  criticalAddonsTaint: 'stack',
  installsNvidiaDevicePlugin: true,
  allocatable: gkeAllocatable,
  reservationSource: 'https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes',
};
/**
 * Private Google Access: `*.googleapis.com` resolves to private.googleapis.com inside the VPC
 * (constructs/cloud/gcp/private-access.ts), addresses outside the RFC 1918 ranges.
 */
export const PRIVATE_GOOGLE_ACCESS = {
  name: 'private.googleapis.com',
  cidr: '199.36.153.8/30',
  addresses: ['199.36.153.8', '199.36.153.9', '199.36.153.10', '199.36.153.11'],
} as const;

/** The metadata server every GKE pod asks for its identity's tokens. */
const GKE_METADATA_SERVER = '169.254.169.254/32';

/**
 * GKE workload identity: a pod asks the GKE metadata server (169.254.169.254, HTTP) for its
 * tokens. On GKE Dataplane V2, which the cluster runs (ADVANCED_DATAPATH), the request is
 * translated to the node's own address on port 988 (gke-metadata-server) before NetworkPolicy
 * egress is evaluated, so the node range must be open on 988 as well. Every Google API, Secret
 * Manager, Cloud DNS and Cloud Storage included, is reached at private.googleapis.com.
 */
const identityNetwork: IdentityNetworkProfile = {
  tokenEndpoints: (target) => [
    { name: 'GKE metadata server', cidrs: [GKE_METADATA_SERVER], ports: [80, 988] },
    { name: 'GKE metadata server on the node (Dataplane V2)', cidrs: [target.cluster.nodeCidr], ports: [988] },
  ],
  serviceEndpoints: () => [{ name: 'Google APIs (private.googleapis.com)', cidrs: [PRIVATE_GOOGLE_ACCESS.cidr], ports: [443] }],
};

export const gcp: CloudProfile = {
  cloud: 'gcp',
  // GKE's built-in classes (Compute Engine persistent disk CSI driver).
  storageClasses: { builtIn: ['standard', 'standard-rwo', 'premium-rwo'], builtInDefault: 'standard-rwo', rendered: {} },
  // No `storage-locations`: Compute Engine keeps the snapshot in the multi-region nearest the disk.
  volumeSnapshots: { driver: 'pd.csi.storage.gke.io', parameters: {}, location: "Compute Engine disk snapshots in the target's project" },
  identityAnnotation: GCP_SERVICE_ACCOUNT_ANNOTATION,
  identityKnownAfterApply: false,
  identityValue: (target, identity, recorded) => recorded?.serviceAccountEmail ?? gcpServiceAccountEmail(target, identity),
  identityNetwork,
  identityPodLabels: {},
  vaultLocation,
  secretStoreProvider(target, serviceAccount, tenant) {
    const location = vaultLocation(target, tenant) as Extract<VaultLocation, { cloud: 'gcp' }>;
    return {
      gcpsm: {
        projectId: location.projectId,
        auth: {
          workloadIdentity: {
            serviceAccountRef: serviceAccount,
            clusterProjectId: location.projectId,
            clusterLocation: providerOf(target, 'gcp').region,
            clusterName: target.cluster.name,
          },
        },
      },
    };
  },
  // Ambient GKE workload identity; the managed zone is found from the DNS name.
  dns01Solver: (target) => ({ cloudDns: { project: providerOf(target, 'gcp').projectId } }),
  externalDnsValues: () => ({ provider: { name: 'google' } }),
  crossplane: {
    packages: [
      { name: 'provider-family-gcp', package: 'xpkg.crossplane.io/crossplane-contrib/provider-family-gcp:v2.6.0' },
      { name: 'provider-gcp-storage', package: 'xpkg.crossplane.io/crossplane-contrib/provider-gcp-storage:v2.6.0' },
    ],
    // GKE workload identity: the provider pods use the Google service account of their ServiceAccount annotation.
    clusterProviderConfig: (scope, id, { metadata, target }) =>
      new ClusterProviderConfig(scope, id, {
        metadata,
        spec: {
          projectId: providerOf(target, 'gcp').projectId,
          credentials: { source: ClusterProviderConfigSpecCredentialsSource.INJECTED_IDENTITY },
        },
      }),
    bucketPrefix: (target) => `matih-${target.name}-`,
    bucketResources: (target) => [
      {
        name: 'bucket',
        apiVersion: 'storage.gcp.m.upbound.io/v1beta1',
        kind: 'Bucket',
        forProvider: {
          location: providerOf(target, 'gcp').region.toUpperCase(),
          uniformBucketLevelAccess: true,
          publicAccessPrevention: 'enforced',
        },
        namePatch: 'metadata.annotations[crossplane.io/external-name]',
      },
    ],
  },
  // A GKE internal passthrough load balancer per endpoint, on a fixed address of the node subnet.
  fleetGateway: {
    addresses: (target, index) => [fleetEndpointHost(target, index)],
    maxEndpoints: fleetEndpointHosts,
    service: (target, index) => ({
      type: 'LoadBalancer',
      annotations: { 'networking.gke.io/load-balancer-type': 'Internal' },
      loadBalancerIP: fleetEndpointHost(target, index),
    }),
  },
  // argocd-k8s-auth gcp: the Google service account Argo CD's ServiceAccounts impersonate (GKE workload identity).
  fleetCluster: {
    entryKeys: ['server', 'caData'],
    config: () => ({
      execProviderConfig: { command: 'argocd-k8s-auth', args: ['gcp'], apiVersion: EXEC_API_VERSION },
      tlsClientConfig: FLEET_TLS,
    }),
  },
  nodes,
  backup: {
    location(target, service) {
      const bucket = providerOf(target, 'gcp').bucketName;
      const prefix = backupPrefix(service);
      return { cloud: 'gcp', bucket, prefix, url: `gs://${bucket}/${prefixPath(prefix)}` };
    },
    // GKE workload identity: the metadata server answers for the Google service account of the pod's ServiceAccount.
    barmanCredentials: () => ({ googleCredentials: { gkeEnvironment: true } }),
    rclone(location) {
      const l = backupOf(location, 'gcp');
      return {
        env: [
          { name: 'RCLONE_CONFIG_BACKUP_TYPE', value: 'google cloud storage' },
          { name: 'RCLONE_CONFIG_BACKUP_ENV_AUTH', value: 'true' },
          // Uniform bucket-level access: no object ACLs.
          { name: 'RCLONE_CONFIG_BACKUP_BUCKET_POLICY_ONLY', value: 'true' },
        ],
        destination: `backup:${l.bucket}/${prefixPath(l.prefix)}`,
      };
    },
    // The repository client uses the metadata server's credentials when no credentials file is configured.
    elasticsearch: (_target, location) => {
      const l = backupOf(location, 'gcp');
      return { repository: { type: 'gcs', settings: { bucket: l.bucket, base_path: `${l.prefix}snapshots` } }, keystore: {} };
    },
  },
};

/** The platform's Argo CD Google service account id (in the platform project). */
export function gcpArgoCdAccountId(platform: TargetSpec): string {
  return gcpServiceAccountId(platform, { name: 'argocd' });
}
