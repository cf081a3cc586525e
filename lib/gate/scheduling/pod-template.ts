import type { K8sObject } from '../../k8s/object';
import type { PodPlacement } from '../../k8s/scheduling';
import type { Requests } from './resources';

/** One pod template the target will run, wherever it is declared, with what the scheduler needs to place it. */
export interface PodTemplate {
  /** Output file and object that declare it (a workload, a custom resource, a Helm Application). */
  readonly file: string;
  readonly object: K8sObject;
  /** How findings and the capacity table name it: `Deployment ns/name`, `RayCluster ns/name worker group gpu`, ... */
  readonly what: string;
  readonly namespace: string;
  readonly placement: PodPlacement;
  /** Requests of one pod. */
  readonly requests: Requests;
  /** Pods at the floor (replicas, HPA minReplicas) and at the ceiling (HPA maxReplicas, autoscaler maximum). */
  readonly replicas: { readonly min: number; readonly max: number };
  /** A DaemonSet: one pod on every node it may use. */
  readonly perNode?: boolean;
  /** Runs to completion or starts on demand (Jobs, hooks, per-user pods): needs a place, never counted in capacity. */
  readonly transient?: boolean;
  /** An NVIDIA device plugin: the nodes it runs on advertise `nvidia.com/gpu`. */
  readonly devicePlugin?: boolean;
}
