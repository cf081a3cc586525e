/**
 * The restricted Pod Security Standard in the shape of the `k8s` L1 types (fact sheet §7
 * [SECCTX][HCDEV]): UID/GID/fsGroup 1000, non-root, seccomp RuntimeDefault, no privilege
 * escalation, read-only root filesystem, all capabilities dropped. Use both on every pod:
 *
 *   spec: { securityContext: restrictedPodSecurityContext(), containers: [{ ..., securityContext: restrictedContainerSecurityContext() }] }
 *
 * A read-only root filesystem needs writable scratch space: `writableVolumes(['/var/cache/x'])`
 * returns the emptyDir volumes and mounts for `/tmp` plus the given paths.
 */
import type { k8s } from 'cdk8s-plus-29';
import { RESTRICTED_UID, restrictedContainer, restrictedPod } from '../../../config/pod-security';

export { RESTRICTED_UID } from '../../../config/pod-security';

interface RestrictedIdentity {
  /** @default 1000 */
  readonly uid?: number;
  /** @default uid */
  readonly gid?: number;
  /**
   * False only for software that cannot run otherwise (fact sheet §7 lists them); Pod Security
   * restricted does not require it, our baseline does.
   * @default true
   */
  readonly readOnlyRootFilesystem?: boolean;
}

function checkId(what: string, id: number): number {
  if (!Number.isInteger(id) || id <= 0)
    throw new Error(`${what} must be a positive integer (restricted profile forbids root), found ${id}`);
  return id;
}

export function restrictedPodSecurityContext(identity: RestrictedIdentity = {}): k8s.PodSecurityContext {
  const uid = checkId('runAsUser', identity.uid ?? RESTRICTED_UID);
  return restrictedPod(uid, checkId('runAsGroup', identity.gid ?? uid));
}

export function restrictedContainerSecurityContext(identity: RestrictedIdentity = {}): k8s.SecurityContext {
  const uid = checkId('runAsUser', identity.uid ?? RESTRICTED_UID);
  return restrictedContainer(uid, checkId('runAsGroup', identity.gid ?? uid), identity.readOnlyRootFilesystem ?? true);
}

/** Scratch directory every restricted container gets. */
const TMP_PATH = '/tmp';

/** emptyDir volumes and their mounts for `/tmp` plus `paths` (absolute, deduplicated, stable order). */
export function writableVolumes(paths: readonly string[] = []): { volumes: k8s.Volume[]; mounts: k8s.VolumeMount[] } {
  const volumes: k8s.Volume[] = [];
  const mounts: k8s.VolumeMount[] = [];
  const names = new Set<string>();
  for (const path of [TMP_PATH, ...paths]) {
    if (!path.startsWith('/') || path === '/') throw new Error(`writable path "${path}" must be an absolute directory other than /`);
    if (mounts.some((m) => m.mountPath === path)) continue;
    const base = path
      .replace(/^\/+|\/+$/g, '')
      .replace(/[^a-z0-9]+/gi, '-')
      .toLowerCase()
      .slice(0, 50)
      .replace(/-+$/, '');
    let name = base || 'scratch';
    for (let i = 2; names.has(name); i++) name = `${base}-${i}`;
    names.add(name);
    volumes.push({ name, emptyDir: {} });
    mounts.push({ name, mountPath: path });
  }
  return { volumes, mounts };
}
