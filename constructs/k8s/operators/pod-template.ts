/**
 * Pod template pieces for operators whose custom resources embed a plain Kubernetes pod template
 * (ClickHouse, Spark, Flink): node-pool placement, the restricted security contexts and emptyDir
 * scratch space, so every such pod is restricted and placed the same way.
 */
import type { k8s } from 'cdk8s-plus-29';
import type { NodePoolName, Resources } from '../../../config/types';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext, writableVolumes } from '../core/security-context';
import { poolSelector, poolTolerations } from './common';

export interface RestrictedPodOptions {
  /** Labels of the pods: must include the catalog component's podSelector. */
  readonly labels: Readonly<Record<string, string>>;
  readonly nodePool: NodePoolName;
  /** UID (and GID, fsGroup) the image runs as. */
  readonly uid: number;
  /** Writable directories besides /tmp (emptyDir mounts; the root filesystem is read-only). */
  readonly writablePaths?: readonly string[];
}

/** Metadata and the pod-level part of a restricted pod template; `volumes` holds the scratch emptyDirs. */
export function restrictedPodTemplate(o: RestrictedPodOptions) {
  const scratch = writableVolumes(o.writablePaths ?? []);
  return {
    metadata: { labels: { ...o.labels } },
    securityContext: restrictedPodSecurityContext({ uid: o.uid }),
    nodeSelector: poolSelector(o.nodePool),
    tolerations: poolTolerations(o.nodePool),
    volumes: scratch.volumes,
    mounts: scratch.mounts,
  };
}

/** The restricted container security context for `uid`. */
export function restrictedContainer(uid: number): k8s.SecurityContext {
  return restrictedContainerSecurityContext({ uid });
}

/** Resource requests and limits in the plain JSON shape custom resources take. */
export function resourceJson(r: Resources) {
  return { requests: { cpu: r.requests.cpu, memory: r.requests.memory }, limits: { cpu: r.limits.cpu, memory: r.limits.memory } };
}

/** An env var read from one key of a Secret. */
export function secretEnv(name: string, secret: string, key: string) {
  return { name, valueFrom: { secretKeyRef: { name: secret, key } } };
}
