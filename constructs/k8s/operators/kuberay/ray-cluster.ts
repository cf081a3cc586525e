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
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../../core/security-context';
import { poolSelector, poolTolerations } from '../common';

/**
 * Ray 2.49.2 (supported by KubeRay 1.7.0). The `py311` images match ml-service's Python 3.11:
 * Ray clients must run the same Python minor version as the cluster.
 */
export const RAY_VERSION = '2.49.2';
export const RAY_IMAGE = `rayproject/ray:${RAY_VERSION}-py311`;
export const RAY_GPU_IMAGE = `rayproject/ray:${RAY_VERSION}-py311-gpu`;

/** The `ray` user of the rayproject images: UID 1000, primary group `users` (100). */
export const RAY_IDENTITY = { uid: 1000, gid: 100 } as const;

/** Head ports (fact sheet §3.5 [RAY]). */
export const RAY_HEAD_PORTS = [
  { name: 'gcs-server', containerPort: 6379 },
  { name: 'dashboard', containerPort: 8265 },
  { name: 'client', containerPort: 10001 },
  { name: 'serve', containerPort: 8000 },
] as const;

export const GPU_RESOURCE = 'nvidia.com/gpu';
export const RAY_LOGS_PATH = '/tmp/ray';
const AUTOSCALER_RESOURCES: Resources = { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '500m', memory: '512Mi' } };

export interface RayClusterProps {
  readonly name: string;
  readonly namespace: string;
  readonly sizing: RaySizing;
  readonly labels: Readonly<Record<string, string>>;
  /** Pool of the head and CPU workers. @default aicompute */
  readonly nodePool?: NodePoolName;
  /** Pool of the GPU workers. @default gpu */
  readonly gpuNodePool?: NodePoolName;
}

/** Restricted, except the root filesystem: Ray installs runtime_env packages and writes under $HOME. */
export function raySecurityContext() {
  return { ...restrictedContainerSecurityContext(RAY_IDENTITY), readOnlyRootFilesystem: false };
}

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

const logsVolume = { name: 'ray-logs', emptyDir: {} };
const logsMount = { name: 'ray-logs', mountPath: RAY_LOGS_PATH };

/** A RayCluster with in-tree autoscaling: head, optional CPU and GPU worker groups (fact sheet §3.5). */
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
              volumeMounts: [logsMount],
            },
          ],
          volumes: [logsVolume],
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
        },
        headGroupSpec: {
          // With worker groups the head schedules no tasks, so a busy job cannot starve the GCS.
          rayStartParams: hasWorkers ? { 'dashboard-host': '0.0.0.0', 'num-cpus': '0' } : { 'dashboard-host': '0.0.0.0' },
          template: {
            spec: {
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
                  volumeMounts: [logsMount],
                },
              ],
              volumes: [logsVolume],
            },
          },
        },
        ...(workerGroups.length > 0 ? { workerGroupSpecs: workerGroups } : {}),
      },
    });
  }
}
