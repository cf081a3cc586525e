import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import type { NodePoolName, RaySizing, Resources } from '../../../../config/types';
import {
  RayCluster,
  RayClusterSpecAutoscalerOptionsResourcesLimits as AutoscalerLimit,
  RayClusterSpecAutoscalerOptionsResourcesRequests as AutoscalerRequest,
  RayClusterSpecAutoscalerOptionsUpscalingMode,
  RayClusterSpecHeadGroupSpecTemplateSpecContainersResourcesLimits as HeadLimit,
  RayClusterSpecHeadGroupSpecTemplateSpecContainersResourcesRequests as HeadRequest,
  RayClusterSpecWorkerGroupSpecsTemplateSpecContainersResourcesLimits as WorkerLimit,
  RayClusterSpecWorkerGroupSpecsTemplateSpecContainersResourcesRequests as WorkerRequest,
  type RayClusterSpecWorkerGroupSpecs,
} from '../../../../imports/rayclusters-ray.io';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext, writableVolumes } from '../../core/security-context';
import { poolSelector, poolTolerations } from '../common';

/**
 * Ray 2.49.2 (supported by KubeRay 1.7.0). The `py311` images match ml-service's Python 3.11:
 * Ray clients must run the same Python minor version as the cluster.
 */
export const RAY_VERSION = '2.49.2';
export const RAY_IMAGE = `rayproject/ray:${RAY_VERSION}-py311`;
export const RAY_GPU_IMAGE = `rayproject/ray:${RAY_VERSION}-py311-gpu`;

/** The `ray` user of the rayproject images: UID 1000, primary group `users` (100). */
const RAY_IDENTITY = { uid: 1000, gid: 100 } as const;

/** Head ports (fact sheet §3.5 [RAY]). */
export const RAY_HEAD_PORTS = [
  { name: 'gcs-server', containerPort: 6379 },
  { name: 'dashboard', containerPort: 8265 },
  { name: 'client', containerPort: 10001 },
  { name: 'serve', containerPort: 8000 },
] as const;

export const GPU_RESOURCE = 'nvidia.com/gpu';
/**
 * Ray's temp directory: sessions, logs, sockets and runtime_env installs (pip/uv environments and
 * working_dir under each session's runtime_resources) ("Configuring Logging", docs.ray.io). KubeRay
 * mounts the volume named `ray-logs` here into the autoscaler sidecar too, which writes its
 * monitor logs into it.
 */
export const RAY_LOGS_PATH = '/tmp/ray';
const RAY_LOGS_VOLUME = 'ray-logs';
/**
 * What Ray pods write besides /tmp and /tmp/ray, with a read-only root filesystem: the user caches
 * under $HOME (pip, uv, Hugging Face, torch: ~/.cache) and the default storage_path of Ray
 * Train/Tune results (~/ray_results, ray.train DEFAULT_STORAGE_PATH). $HOME itself holds the
 * image's Python (/home/ray/anaconda3), so only these subdirectories become emptyDirs. The object
 * store's /dev/shm is an emptyDir KubeRay adds itself.
 */
export const RAY_HOME_WRITABLE = ['/home/ray/.cache', '/home/ray/ray_results'] as const;
const AUTOSCALER_RESOURCES: Resources = { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '500m', memory: '512Mi' } };

/**
 * What the in-tree autoscaler (v1, the KubeRay sidecar of the head) does with the Kubernetes API:
 * read its RayCluster and patch the worker groups' replicas and workersToDelete, list the
 * cluster's pods and read the head pod (Ray's autoscaler/_private/kuberay node_provider.py and
 * autoscaling_config.py). KubeRay's own default Role adds watch, pod patch and pods/resize, which
 * the v1 autoscaler never uses; rendering the Role under the name KubeRay looks for (the cluster's)
 * keeps it from creating that one.
 */
export const RAY_AUTOSCALER_RULES: k8s.PolicyRule[] = [
  { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] },
  { apiGroups: ['ray.io'], resources: ['rayclusters'], verbs: ['get', 'patch'] },
];
/** Where the autoscaler reads its token, CA and namespace (the in-cluster client's fixed path). */
export const SERVICE_ACCOUNT_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';
const AUTOSCALER_TOKEN_VOLUME = 'autoscaler-token';

interface RayClusterProps {
  readonly name: string;
  readonly namespace: string;
  readonly sizing: RaySizing;
  readonly labels: Readonly<Record<string, string>>;
  /** Pool of the head and CPU workers. @default aicompute */
  readonly nodePool?: NodePoolName;
  /** Pool of the GPU workers. @default gpu */
  readonly gpuNodePool?: NodePoolName;
}

/** The restricted container context of every Ray container (read-only root filesystem included). */
function raySecurityContext() {
  return restrictedContainerSecurityContext(RAY_IDENTITY);
}

/** ServiceAccount names of a cluster's head (bound to the autoscaler Role) and workers (no Role). */
export function rayServiceAccounts(cluster: string) {
  return { head: `${cluster}-head`, worker: `${cluster}-worker` };
}

/**
 * The token volume the kubelet would mount (same sources and lifetime: 3607 s, which the API
 * server treats like an automounted token), but mounted only into the autoscaler container: the
 * Ray head runs user code and gets none.
 */
const autoscalerTokenVolume = {
  name: AUTOSCALER_TOKEN_VOLUME,
  projected: {
    defaultMode: 0o644,
    sources: [
      { serviceAccountToken: { path: 'token', expirationSeconds: 3607 } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      { downwardApi: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
    ],
  },
};

function quantities<T>(from: (value: string) => T, list: Resources['requests'], extra: Record<string, string> = {}): Record<string, T> {
  return Object.fromEntries(Object.entries({ ...list, ...extra }).map(([k, v]) => [k, from(v)]));
}

function checkGroup(what: string, g: NonNullable<RaySizing['cpuWorkers']>): void {
  if (!Number.isInteger(g.minReplicas) || g.minReplicas < 0)
    throw new Error(`Ray ${what}: minReplicas must be a non-negative integer, found ${g.minReplicas}`);
  if (!Number.isInteger(g.maxReplicas) || g.maxReplicas < Math.max(1, g.minReplicas)) {
    throw new Error(`Ray ${what}: maxReplicas ${g.maxReplicas} must be at least 1 and at least minReplicas ${g.minReplicas}`);
  }
}

/** emptyDirs of a Ray container: /tmp, Ray's temp dir (the volume KubeRay shares with the autoscaler), the $HOME caches. */
function rayScratch() {
  const scratch = writableVolumes([RAY_LOGS_PATH, ...RAY_HOME_WRITABLE]);
  const rename = (name: string, path: string) => (path === RAY_LOGS_PATH ? RAY_LOGS_VOLUME : name);
  return {
    volumes: scratch.volumes.map((v, i) => ({ name: rename(v.name, scratch.mounts[i].mountPath), emptyDir: {} })),
    mounts: scratch.mounts.map((m) => ({ name: rename(m.name, m.mountPath), mountPath: m.mountPath })),
  };
}

/**
 * A RayCluster with in-tree autoscaling: head, optional CPU and GPU worker groups (fact sheet
 * §3.5), each pod under its own token-less ServiceAccount with a read-only root filesystem; the
 * autoscaler alone holds a token, for exactly RAY_AUTOSCALER_RULES.
 */
export class MatihRayCluster extends Construct {
  readonly cluster: RayCluster;

  constructor(scope: Construct, id: string, props: RayClusterProps) {
    super(scope, id);
    const s = props.sizing;
    if (s.cpuWorkers) checkGroup('cpuWorkers', s.cpuWorkers);
    if (s.gpuWorkers) checkGroup('gpuWorkers', s.gpuWorkers);
    const pool = props.nodePool ?? 'aicompute';
    const gpuPool = props.gpuNodePool ?? 'gpu';
    const podSecurity = restrictedPodSecurityContext(RAY_IDENTITY);
    const hasWorkers = Boolean(s.cpuWorkers || s.gpuWorkers);
    const accounts = rayServiceAccounts(props.name);
    const meta = (name: string) => ({ name, namespace: props.namespace, labels: { ...props.labels } });
    for (const account of [accounts.head, accounts.worker])
      new k8s.KubeServiceAccount(this, `${account}-service-account`, { metadata: meta(account), automountServiceAccountToken: false });
    new k8s.KubeRole(this, 'autoscaler-role', { metadata: meta(props.name), rules: RAY_AUTOSCALER_RULES });
    new k8s.KubeRoleBinding(this, 'autoscaler-role-binding', {
      metadata: meta(props.name),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: props.name },
      subjects: [{ kind: 'ServiceAccount', name: accounts.head, namespace: props.namespace }],
    });
    const scratch = rayScratch();

    const workerGroups: RayClusterSpecWorkerGroupSpecs[] = [];
    const worker = (
      group: string,
      g: NonNullable<RaySizing['cpuWorkers']>,
      image: string,
      groupPool: NodePoolName,
      extra: Record<string, string>,
    ): RayClusterSpecWorkerGroupSpecs => ({
      groupName: group,
      minReplicas: g.minReplicas,
      maxReplicas: g.maxReplicas,
      replicas: g.minReplicas,
      rayStartParams: {},
      template: {
        spec: {
          serviceAccountName: accounts.worker,
          automountServiceAccountToken: false,
          securityContext: podSecurity,
          nodeSelector: poolSelector(groupPool),
          tolerations: poolTolerations(groupPool),
          containers: [
            {
              name: 'ray-worker',
              image,
              resources: {
                requests: quantities(WorkerRequest.fromString, g.resources.requests, extra),
                limits: quantities(WorkerLimit.fromString, g.resources.limits, extra),
              },
              securityContext: raySecurityContext(),
              volumeMounts: scratch.mounts,
            },
          ],
          volumes: scratch.volumes,
        },
      },
    });
    if (s.cpuWorkers) workerGroups.push(worker('cpu-workers', s.cpuWorkers, RAY_IMAGE, pool, {}));
    if (s.gpuWorkers) workerGroups.push(worker('gpu-workers', s.gpuWorkers, RAY_GPU_IMAGE, gpuPool, { [GPU_RESOURCE]: '1' }));

    this.cluster = new RayCluster(this, 'cluster', {
      metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
      spec: {
        rayVersion: RAY_VERSION,
        enableInTreeAutoscaling: true,
        autoscalerOptions: {
          upscalingMode: RayClusterSpecAutoscalerOptionsUpscalingMode.DEFAULT,
          idleTimeoutSeconds: 300,
          securityContext: raySecurityContext(),
          resources: {
            requests: quantities(AutoscalerRequest.fromString, AUTOSCALER_RESOURCES.requests),
            limits: quantities(AutoscalerLimit.fromString, AUTOSCALER_RESOURCES.limits),
          },
          // KubeRay adds the ray-logs mount itself; /tmp and the token are ours.
          volumeMounts: [
            ...scratch.mounts.filter((m) => m.mountPath === '/tmp'),
            { name: AUTOSCALER_TOKEN_VOLUME, mountPath: SERVICE_ACCOUNT_MOUNT, readOnly: true },
          ],
        },
        headGroupSpec: {
          // With worker groups the head schedules no tasks, so a busy job cannot starve the GCS.
          rayStartParams: hasWorkers ? { 'dashboard-host': '0.0.0.0', 'num-cpus': '0' } : { 'dashboard-host': '0.0.0.0' },
          template: {
            spec: {
              serviceAccountName: accounts.head,
              automountServiceAccountToken: false,
              securityContext: podSecurity,
              nodeSelector: poolSelector(pool),
              tolerations: poolTolerations(pool),
              containers: [
                {
                  name: 'ray-head',
                  image: RAY_IMAGE,
                  ports: RAY_HEAD_PORTS.map((p) => ({ ...p })),
                  resources: {
                    requests: quantities(HeadRequest.fromString, s.head.requests),
                    limits: quantities(HeadLimit.fromString, s.head.limits),
                  },
                  securityContext: raySecurityContext(),
                  volumeMounts: scratch.mounts,
                },
              ],
              volumes: [...scratch.volumes, autoscalerTokenVolume],
            },
          },
        },
        ...(workerGroups.length > 0 ? { workerGroupSpecs: workerGroups } : {}),
      },
    });
  }
}
