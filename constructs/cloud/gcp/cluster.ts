import { ContainerCluster } from '@cdktf/provider-google/lib/container-cluster';
import { ContainerNodePool } from '@cdktf/provider-google/lib/container-node-pool';
import { DataGoogleProject } from '@cdktf/provider-google/lib/data-google-project';
import { KmsCryptoKey } from '@cdktf/provider-google/lib/kms-crypto-key';
import { KmsCryptoKeyIamMember } from '@cdktf/provider-google/lib/kms-crypto-key-iam-member';
import { KmsKeyRing } from '@cdktf/provider-google/lib/kms-key-ring';
import { ProjectIamMember } from '@cdktf/provider-google/lib/project-iam-member';
import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import type { TerraformStack } from 'cdktf';
import { apiTaint } from '../common/taints';
import { apiEndpointAccess } from '../common/access';
import { CLOUD_PROFILES, stackTaints } from '../../../lib/clouds';
import { cloudFleet } from '../common/fleet';
import { protect } from '../common/stateful';
import type { GcpContext } from './context';
import { type GcpNetwork, POD_RANGE, SERVICE_RANGE } from './network';

/** 90 days, in the seconds format Cloud KMS expects. */
export const KEY_ROTATION_PERIOD = '7776000s';
const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/** GKE components whose logs go to Cloud Logging. */
export const GKE_LOGGED_COMPONENTS = ['SYSTEM_COMPONENTS', 'APISERVER', 'CONTROLLER_MANAGER', 'SCHEDULER', 'WORKLOADS'] as const;
/** GKE components whose metrics go to Cloud Monitoring (STORAGE, POD and DEPLOYMENT need managed Prometheus). */
export const GKE_MONITORED_COMPONENTS = [
  'SYSTEM_COMPONENTS',
  'APISERVER',
  'CONTROLLER_MANAGER',
  'SCHEDULER',
  'STORAGE',
  'POD',
  'DEPLOYMENT',
] as const;

/** Roles GKE nodes need (logs, metrics, image pulls) instead of the default compute account's Editor. */
const NODE_ROLES = [
  'roles/logging.logWriter',
  'roles/monitoring.metricWriter',
  'roles/monitoring.viewer',
  'roles/stackdriver.resourceMetadata.writer',
  'roles/artifactregistry.reader',
] as const;

interface GcpCluster {
  readonly cluster: ContainerCluster;
  readonly projectNumber: string;
}

export function gcpCluster(stack: TerraformStack, ctx: GcpContext, net: GcpNetwork): GcpCluster {
  const { target, project } = ctx;
  const name = target.cluster.name;
  const projectData = new DataGoogleProject(stack, 'project', { projectId: project });

  const keyRing = protect(new KmsKeyRing(stack, 'key_ring', { name, location: ctx.gcp.region, dependsOn: [...ctx.apis] }));
  // Kubernetes Secrets are encrypted at the application layer with a rotating Cloud KMS key.
  const secretsKey = protect(
    new KmsCryptoKey(stack, 'gke_secrets_key', {
      name: `${name}-gke-secrets`,
      keyRing: keyRing.id,
      rotationPeriod: KEY_ROTATION_PERIOD,
      purpose: 'ENCRYPT_DECRYPT',
    }),
  );
  const keyGrant = new KmsCryptoKeyIamMember(stack, 'gke_secrets_key_agent', {
    cryptoKeyId: secretsKey.id,
    role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter',
    member: `serviceAccount:service-${projectData.number}@container-engine-robot.iam.gserviceaccount.com`,
  });

  const nodeAccount = new ServiceAccount(stack, 'node_account', {
    accountId: `${target.environment}-gke-nodes`,
    displayName: `${name} GKE nodes`,
  });
  NODE_ROLES.forEach(
    (role) => new ProjectIamMember(stack, `node_account_${role.replace(/[^a-z]/gi, '_')}`, { project, role, member: nodeAccount.member }),
  );

  const access = apiEndpointAccess(target, ctx.settings);
  const fleet = cloudFleet(ctx.model);
  // A member's control plane is reached from its platform's network (Argo CD) over the peering: a
  // Private Service Connect endpoint in its own subnet (no master range: a VPC-peered control plane
  // is not reachable through a second peering), open to the platform's node and pod ranges.
  const member = fleet.role !== 'platform';
  const fleetCidrs = member
    ? [fleet.platform.cluster.nodeCidr, fleet.platform.cluster.podCidr].map((cidrBlock) => ({
        cidrBlock,
        displayName: `fleet ${fleet.platform.name}`,
      }))
    : [];
  const cluster = new ContainerCluster(stack, 'gke', {
    name,
    location: ctx.gcp.region,
    network: net.network.id,
    subnetwork: net.subnet.id,
    minMasterVersion: target.cluster.kubernetesVersion,
    // Fact sheet §12: the REGULAR release channel.
    releaseChannel: { channel: 'REGULAR' },
    // Node pools are managed below; the default pool is removed right after creation.
    removeDefaultNodePool: true,
    initialNodeCount: 1,
    ipAllocationPolicy: { clusterSecondaryRangeName: POD_RANGE, servicesSecondaryRangeName: SERVICE_RANGE },
    // Nodes have no public IPs; the endpoint is private unless the environment records the
    // public-endpoint exception.
    privateClusterConfig: {
      enablePrivateNodes: true,
      enablePrivateEndpoint: !access.public,
      ...(member ? {} : { masterIpv4CidrBlock: target.cluster.masterCidr }),
    },
    // Authorized networks on: the cluster subnet, plus the authorized ranges of a public endpoint
    // (no Google Cloud public ranges) and, on a member, its platform's ranges.
    masterAuthorizedNetworksConfig: {
      cidrBlocks: [
        ...(access.public ? access.authorizedCidrs.map((cidrBlock) => ({ cidrBlock, displayName: 'admin' })) : []),
        ...fleetCidrs,
      ],
      gcpPublicCidrsAccessEnabled: false,
    },
    // GKE workload identity: pods get Google credentials only through their ServiceAccount.
    workloadIdentityConfig: { workloadPool: `${project}.svc.id.goog` },
    // Dataplane V2 (eBPF) enforces NetworkPolicies.
    datapathProvider: 'ADVANCED_DATAPATH',
    enableShieldedNodes: true,
    databaseEncryption: { state: 'ENCRYPTED', keyName: secretsKey.id },
    // No client certificates or basic auth; legacy ABAC stays off.
    masterAuth: { clientCertificateConfig: { issueClientCertificate: false } },
    enableLegacyAbac: false,
    // The Persistent Disk CSI driver (the default classes' provisioner); with it GKE runs the CSI snapshot controller and
    // installs the snapshot.storage.k8s.io CRDs, which the platform's scheduled VolumeSnapshots need.
    addonsConfig: { gcePersistentDiskCsiDriverConfig: { enabled: true } },
    // Cloud Logging and Cloud Monitoring with Google Cloud Managed Service for Prometheus.
    loggingService: 'logging.googleapis.com/kubernetes',
    loggingConfig: { enableComponents: [...GKE_LOGGED_COMPONENTS] },
    monitoringService: 'monitoring.googleapis.com/kubernetes',
    monitoringConfig: { enableComponents: [...GKE_MONITORED_COMPONENTS], managedPrometheus: { enabled: true } },
    deletionProtection: ctx.settings.deletionProtection,
    dependsOn: [keyGrant, ...ctx.apis],
  });
  protect(cluster, ctx.settings.deletionProtection);

  for (const pool of target.cluster.nodePools) {
    // The pool's taints, plus CriticalAddonsOnly on the critical-add-ons pool (GKE adds none itself).
    const taints = stackTaints(CLOUD_PROFILES.gcp.nodes, pool);
    new ContainerNodePool(stack, `pool_${pool.name}`, {
      name: pool.name,
      cluster: cluster.id,
      location: ctx.gcp.region,
      // The pool's zones; autoscaling totals are across them, the initial count is per zone.
      nodeLocations: [...pool.zones],
      initialNodeCount: Math.ceil(pool.min / pool.zones.length),
      // Autoscaling range from config, as totals over the region's zones.
      autoscaling: { totalMinNodeCount: pool.min, totalMaxNodeCount: pool.max, locationPolicy: 'BALANCED' },
      management: { autoRepair: true, autoUpgrade: true },
      nodeConfig: {
        machineType: pool.machineType,
        serviceAccount: nodeAccount.email,
        oauthScopes: [CLOUD_PLATFORM_SCOPE],
        // Pods see the GKE metadata server, never the node's credentials.
        workloadMetadataConfig: { mode: 'GKE_METADATA' },
        shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true },
        // Only pods tolerating the pool's taint land here (fact sheet §12 taints).
        taint: taints.length > 0 ? taints.map((t) => apiTaint(t, 'empty') as { key: string; value: string; effect: string }) : undefined,
        labels: { ...pool.labels },
        metadata: { 'disable-legacy-endpoints': 'true' },
        diskType: 'pd-balanced',
        guestAccelerator: pool.gpu
          ? [{ type: pool.gpu.type, count: pool.gpu.count, gpuDriverInstallationConfig: { gpuDriverVersion: 'DEFAULT' } }]
          : undefined,
      },
      lifecycle: { ignoreChanges: ['initial_node_count'] },
    });
  }
  return { cluster, projectNumber: projectData.number };
}
