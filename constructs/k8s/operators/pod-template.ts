/**
 * Pod template pieces for operators whose custom resources embed a plain Kubernetes pod template
 * (ClickHouse, Spark, Flink): node-pool placement, the restricted security contexts and emptyDir
 * scratch space, so every such pod is restricted and placed the same way.
 */
import type { k8s } from 'cdk8s-plus-29';
import type { NodePoolName, Resources } from '../../../config/types';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext, writableVolumes } from '../core/security-context';
import { poolSelector, poolTolerations } from './common';

interface RestrictedPodOptions {
  /** Labels of the pods: must include the catalog component's podSelector. */
  readonly labels: Readonly<Record<string, string>>;
  readonly nodePool: NodePoolName;
  /** UID (and GID, fsGroup) the image runs as. */
  readonly uid: number;
  /** Writable directories besides /tmp (emptyDir mounts; the root filesystem is read-only). */
  readonly writablePaths?: readonly string[];
}

/** An emptyDir scratch volume, in the narrow shape every binding's pod template accepts. */
interface ScratchVolume {
  readonly name: string;
  readonly emptyDir: Record<string, never>;
}

/** Metadata and the pod-level part of a restricted pod template; `volumes` holds the scratch emptyDirs. */
export function restrictedPodTemplate(o: RestrictedPodOptions) {
  const scratch = writableVolumes(o.writablePaths ?? []);
  return {
    metadata: { labels: { ...o.labels } },
    securityContext: restrictedPodSecurityContext({ uid: o.uid }),
    nodeSelector: poolSelector(o.nodePool),
    tolerations: poolTolerations(o.nodePool),
    volumes: scratch.volumes.map((v): ScratchVolume => ({ name: v.name, emptyDir: {} })),
    mounts: scratch.mounts,
  };
}

/** The restricted container security context for `uid`. */
export function restrictedContainer(uid: number): k8s.SecurityContext {
  return restrictedContainerSecurityContext({ uid });
}

/** Resource requests and limits in the plain JSON shape of free-form pod templates (preserve-unknown-fields). */
export function resourceJson(r: Resources) {
  return { requests: { cpu: r.requests.cpu, memory: r.requests.memory }, limits: { cpu: r.limits.cpu, memory: r.limits.memory } };
}

/**
 * Resource requests and limits through a binding's quantity classes (`XxxRequests.fromString`):
 * a generated binding drops a plain string where it expects one of them.
 */
export function typedResources<Q, L>(
  request: (value: string) => Q,
  limit: (value: string) => L,
  r: Resources,
  extra: Readonly<Record<string, string>> = {},
): { requests: Record<string, Q>; limits: Record<string, L> } {
  const map = <T>(from: (value: string) => T, list: Resources['requests']) =>
    Object.fromEntries(Object.entries({ ...list, ...extra }).map(([k, v]) => [k, from(v)]));
  return { requests: map(request, r.requests), limits: map(limit, r.limits) };
}

/** An env var read from one key of a Secret. */
export function secretEnv(name: string, secret: string, key: string) {
  return { name, valueFrom: { secretKeyRef: { name: secret, key } } };
}
