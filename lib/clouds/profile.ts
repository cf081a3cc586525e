/**
 * Every Kubernetes-side choice that depends on the cloud, in one contract: how a ServiceAccount is
 * bound to a cloud identity, where secrets live and how External Secrets reads them, how
 * cert-manager solves DNS-01, how external-dns writes records, which Crossplane providers and
 * managed resources serve tenant buckets, what the cloud adds to node pools. One profile per cloud (azure.ts, aws.ts, gcp.ts), beside
 * the naming rules the cdktf stacks share, so the two sides can never disagree on a name.
 */
import type { ApiObject, ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Cloud, ResolvedIdentity, TargetSpec } from '../../config/types';
import type { ClusterIssuerSpecAcmeSolversDns01 } from '../../imports/clusterissuers-cert-manager.io';
import type { ClusterSecretStoreSpecProvider } from '../../imports/clustersecretstores-external-secrets.io';
import type { ObjectStoreSpecConfiguration } from '../../imports/objectstores-barmancloud.cnpg.io';
import type { FederatedIdentity } from './identities';
import type { NodeProfile } from './nodes';
import { cidrAddresses, cidrHost } from '../k8s/cidr';

/**
 * Where a tenant's (or the platform's) secrets live. Azure Key Vault has no paths, so each tenant
 * gets its own vault; AWS Secrets Manager uses a name prefix; GCP Secret Manager a secret-id prefix.
 */
export type VaultLocation =
  | { readonly cloud: 'azure'; readonly keyVaultName: string; readonly vaultUrl: string }
  | { readonly cloud: 'aws'; readonly region: string; readonly prefix: string }
  | { readonly cloud: 'gcp'; readonly projectId: string; readonly prefix: string };

/** Values of a cloud identity recorded after `cdktf deploy` (config/targets/<target>.outputs.json). */
export interface RecordedIdentity {
  readonly clientId?: string;
  readonly principalId?: string;
  readonly roleArn?: string;
  readonly serviceAccountEmail?: string;
}

/** A ServiceAccount reference; `namespace` only for ClusterSecretStores (a SecretStore uses its own). */
export interface StoreServiceAccount {
  readonly name: string;
  readonly namespace?: string;
}

/** One managed resource a tenant bucket claim composes (group/version/kind and its forProvider). */
export interface BucketResource {
  readonly name: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly forProvider: Readonly<Record<string, unknown>>;
  /** Where the bucket name is patched in: the external-name annotation or a forProvider field. */
  readonly namePatch: string;
}

export interface CrossplaneProfile {
  /** Provider packages, pinned (registry/path:vX.Y.Z). */
  readonly packages: readonly { readonly name: string; readonly package: string }[];
  /**
   * The ClusterProviderConfig of the namespaced (Crossplane v2) managed resources, authenticated by
   * workload identity, through the provider's generated binding.
   */
  clusterProviderConfig(scope: Construct, id: string, props: ClusterProviderConfigProps): ApiObject;
  /** Prefix of a tenant's bucket name (buckets are global on S3 and GCS, containers local to the Azure account). */
  bucketPrefix(target: TargetSpec): string;
  /** Managed resources of one tenant bucket. */
  bucketResources(target: TargetSpec): readonly BucketResource[];
}

/** How the platform cluster exposes one control-plane endpoint to the member clusters of its fleet. */
interface FleetGatewayService {
  readonly type: 'LoadBalancer' | 'NodePort';
  readonly annotations: Readonly<Record<string, string>>;
  /** Fixed address of an internal load balancer Service. @default none */
  readonly loadBalancerIP?: string;
  /** Fixed node port a load balancer outside the cluster forwards to. @default none */
  readonly nodePort?: number;
}

interface FleetGatewayProfile {
  /** Addresses member clusters reach control-plane endpoint number `index` on (inside `cluster.fleetEndpointCidr`). */
  addresses(target: TargetSpec, index: number): string[];
  /** How many endpoints the target has addresses for (the model refuses more). @default no limit */
  maxEndpoints?(target: TargetSpec): number;
  /** The platform-side Service of endpoint number `index`. */
  service(target: TargetSpec, index: number): FleetGatewayService;
}

/** Host offset of the first internal load balancer address in `cluster.fleetEndpointCidr` (a /26: 16 endpoints). */
const FIRST_FLEET_ENDPOINT_HOST = 48;

/** The fixed address of fleet endpoint number `index`: one internal load balancer per endpoint (Azure, GCP). */
export function fleetEndpointHost(target: TargetSpec, index: number): string {
  return cidrHost(target.cluster.fleetEndpointCidr, FIRST_FLEET_ENDPOINT_HOST + index);
}

/** How many fleet endpoints {@link fleetEndpointHost} has addresses for. */
export function fleetEndpointHosts(target: TargetSpec): number {
  return Math.max(0, cidrAddresses(target.cluster.fleetEndpointCidr) - FIRST_FLEET_ENDPOINT_HOST);
}

/**
 * How the platform cluster's Argo CD authenticates to a member cluster: exec or IAM auth through
 * Argo CD's own workload identity. The cluster Secret is produced by an ExternalSecret whose
 * template fills `{{ .<key> }}` from the vault entry the member stack writes (server URL, CA and,
 * on Azure, Argo CD's client id): none of them is a credential.
 */
interface FleetClusterProfile {
  /** Properties of the member's vault entry (always `server` and `caData`). */
  readonly entryKeys: readonly string[];
  /** The cluster Secret's `config` (JSON object) with `{{ .<key> }}` placeholders. */
  config(member: TargetSpec, platform: TargetSpec): Readonly<Record<string, unknown>>;
}

/**
 * Where one data service's backups live on a target: its own container (Azure) or its own prefix of
 * the platform bucket (S3, GCS), so that service's backup identity can be scoped to exactly it.
 */
export type BackupLocation =
  | {
      readonly cloud: 'azure';
      readonly account: string;
      readonly container: string;
      /** `https://<account>.blob.core.windows.net/<container>` */
      readonly url: string;
    }
  | {
      readonly cloud: 'aws';
      readonly bucket: string;
      readonly region: string;
      /** Object key prefix, ending in `/`. */
      readonly prefix: string;
      /** `s3://<bucket>/<prefix without the trailing slash>` */
      readonly url: string;
    }
  | {
      readonly cloud: 'gcp';
      readonly bucket: string;
      readonly prefix: string;
      /** `gs://<bucket>/<prefix without the trailing slash>` */
      readonly url: string;
    };

/** A plain environment variable, in the shape of the pod spec (custom resources embed them as JSON). */
export interface EnvVar {
  readonly name: string;
  readonly value: string;
}

/**
 * How Elasticsearch's snapshot repository reaches the object storage as the service's own
 * identity. The identity webhooks (AKS, EKS) set the usual environment (client id, role ARN,
 * token file); Elasticsearch's repository clients, confined to their config directory, read the
 * token from a fixed file there instead, so a projected token of the same audience is mounted at
 * that file.
 */
export interface ElasticsearchSnapshotAccess {
  /** Repository type and settings for `PUT _snapshot/<name>`. */
  readonly repository: { readonly type: 'azure' | 's3' | 'gcs'; readonly settings: Readonly<Record<string, string>> };
  /** The projected ServiceAccount token and where the repository client reads it (absent where a metadata server serves tokens). */
  readonly token?: { readonly audience: string; readonly directory: string; readonly file: string };
  /** Keystore entries (not secret values, but Elasticsearch accepts them only from the keystore). */
  readonly keystore: Readonly<Record<string, string>>;
}

export interface BackupProfile {
  /** The backup location of `service` on `target`. */
  location(target: TargetSpec, service: string): BackupLocation;
  /** Credentials block of a Barman Cloud ObjectStore: ambient workload identity, no keys. */
  barmanCredentials(): Pick<ObjectStoreSpecConfiguration, 'azureCredentials' | 's3Credentials' | 'googleCredentials'>;
  /** rclone remote `backup` as environment variables (env_auth: the pod's workload identity), and the destination path. */
  rclone(location: BackupLocation): { readonly env: readonly EnvVar[]; readonly destination: string };
  /** Elasticsearch's snapshot repository at `location` (its pods authenticate as the backup identity). */
  elasticsearch(target: TargetSpec, location: BackupLocation): ElasticsearchSnapshotAccess;
}

/** Every IPv4 address: with the private ranges left out, the internet (where public cloud endpoints are). */
export const ANY_ADDRESS = '0.0.0.0/0';

/** Addresses outside the pods that some pods must reach, and on which TCP ports. */
export interface NetworkEndpoint {
  /** What it is (for messages and policy comments). */
  readonly name: string;
  /** CIDRs; ANY_ADDRESS stands for the public internet (a NetworkPolicy leaves the private ranges out of it). */
  readonly cidrs: readonly string[];
  readonly ports: readonly number[];
}

/**
 * Where a pod with a federated identity gets its cloud tokens and reaches the cloud services its
 * identity may use, as addresses: public endpoints, the target's private endpoints
 * (`cluster.privateEndpointCidr`, where the cloud stack puts them), link-local metadata servers.
 */
export interface IdentityNetworkProfile {
  tokenEndpoints(target: TargetSpec): readonly NetworkEndpoint[];
  serviceEndpoints(target: TargetSpec, permission: FederatedIdentity['permission']): readonly NetworkEndpoint[];
}

interface ClusterProviderConfigProps {
  readonly metadata: ApiObjectMetadata;
  readonly target: TargetSpec;
  /** The Crossplane workload identity (on Azure its ServiceAccount annotation carries the client id). */
  readonly identity: ResolvedIdentity;
}

export interface CloudProfile {
  readonly cloud: Cloud;
  /** ServiceAccount annotation that binds it to a cloud identity. */
  readonly identityAnnotation: string;
  /** True when the annotation value is only known after `cdktf deploy` (then a placeholder until recorded). */
  readonly identityKnownAfterApply: boolean;
  /** Annotation value of an identity: the recorded one, else the deterministic one (or the placeholder). */
  identityValue(target: TargetSpec, identity: FederatedIdentity, recorded?: RecordedIdentity): string;
  /** Pod labels every pod using a federated ServiceAccount needs. */
  readonly identityPodLabels: Readonly<Record<string, string>>;
  /** Where the platform's or a tenant's secrets live. */
  vaultLocation(target: TargetSpec, tenant?: string): VaultLocation;
  /** The External Secrets provider block of a store reading that vault through workload identity. */
  secretStoreProvider(target: TargetSpec, serviceAccount: StoreServiceAccount, tenant?: string): ClusterSecretStoreSpecProvider;
  /** cert-manager's DNS-01 solver on the target's zone, authenticated as cert-manager's identity. */
  dns01Solver(target: TargetSpec, certManager: ResolvedIdentity): ClusterIssuerSpecAcmeSolversDns01;
  /** Chart values external-dns needs on this cloud (provider and its settings). */
  externalDnsValues(target: TargetSpec): Readonly<Record<string, unknown>>;
  readonly crossplane: CrossplaneProfile;
  readonly fleetGateway: FleetGatewayProfile;
  readonly fleetCluster: FleetClusterProfile;
  /** The cloud's nodes as the scheduler sees them: added labels and taints, device plugin, allocatable. */
  readonly nodes: NodeProfile;
  /** Backups of the stateful data services. */
  readonly backup: BackupProfile;
  /** What the pods of a federated identity must reach (token exchange, the services it may use). */
  readonly identityNetwork: IdentityNetworkProfile;
  /** StorageClasses a cluster of this cloud has, and those the platform must create itself. */
  readonly storageClasses: StorageClassProfile;
  /** The VolumeSnapshotClass of the cloud's disk CSI driver (scheduled snapshots of claims). */
  readonly volumeSnapshots: VolumeSnapshotProfile;
}

/**
 * Snapshots of the cloud's block disks through its CSI driver. The snapshot controller and the
 * snapshot.storage.k8s.io CRDs come with the cluster (constructs/cloud: AKS `snapshot_controller_enabled`,
 * GKE's Persistent Disk CSI driver, EKS's `snapshot-controller` add-on); the class is rendered by the platform.
 */
export interface VolumeSnapshotProfile {
  /** The CSI driver that takes the snapshots (the driver of the cloud's disk classes). */
  readonly driver: string;
  /** The driver's VolumeSnapshotClass parameters. */
  readonly parameters: Readonly<Record<string, string>>;
  /** Where the snapshots live, for people (README "Backups and restore"). */
  readonly location: string;
}

/** The annotation that makes a StorageClass the cluster's default. */
export const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';

/** A StorageClass the platform renders (the cloud's cluster does not create it). */
export interface RenderedStorageClass {
  readonly provisioner: string;
  readonly parameters: Readonly<Record<string, string>>;
  /** Marked the cluster's default class (a claim that names none gets it). @default false */
  readonly default?: boolean;
}

interface StorageClassProfile {
  /** Classes every cluster of the cloud is created with (the managed service's own). */
  readonly builtIn: readonly string[];
  /** The built-in class marked default, if the cloud marks one. */
  readonly builtInDefault?: string;
  /** Classes the platform renders into `platform/storage-classes.yaml`, by name. */
  readonly rendered: Readonly<Record<string, RenderedStorageClass>>;
}

/** Directory of the Elasticsearch image's configuration (the only place its repository clients read token files from). */
export const ELASTICSEARCH_CONFIG_DIR = '/usr/share/elasticsearch/config';

/** Objects of one service's backups live below `backups/<service>/` of a shared bucket. */
export function backupPrefix(service: string): string {
  return `backups/${service}/`;
}

/** A backup prefix as an object path (`backups/<service>`): URLs and rclone destinations take it without the trailing slash. */
export function prefixPath(prefix: string): string {
  return prefix.replace(/\/$/, '');
}

/** Argo CD's ServiceAccounts that talk to member clusters (and so federate to Argo CD's fleet identity). */
export const ARGOCD_FLEET_SERVICE_ACCOUNTS = [
  'argocd-application-controller',
  'argocd-applicationset-controller',
  'argocd-server',
] as const;

/** The exec credential plugin API Argo CD's `argocd-k8s-auth` speaks. */
export const EXEC_API_VERSION = 'client.authentication.k8s.io/v1beta1';

/** TLS settings of a member cluster: verified against its own CA from the vault entry. */
export const FLEET_TLS = { insecure: false, caData: '{{ .caData }}' } as const;

/** The provider block of a target narrowed to its cloud (throws on a mismatch: a profile bug). */
export function providerOf<C extends Cloud>(target: TargetSpec, cloud: C): Extract<TargetSpec['provider'], { cloud: C }> {
  if (target.provider.cloud !== cloud) throw new Error(`${target.name} is not a ${cloud} target`);
  return target.provider as Extract<TargetSpec['provider'], { cloud: C }>;
}

/** A backup location narrowed to one cloud's shape; a location on another cloud is a programming error. */
export function backupOf<C extends Cloud>(location: BackupLocation, cloud: C): Extract<BackupLocation, { cloud: C }> {
  if (location.cloud !== cloud) throw new Error(`backup location ${location.url} is not a ${cloud} location`);
  return location as Extract<BackupLocation, { cloud: C }>;
}
