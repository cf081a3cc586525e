/**
 * The restricted Pod Security Standard as plain data (fact sheet §7 [SECCTX][HCDEV]): the one
 * definition used both for first-party pods (constructs/k8s/core/security-context.ts) and for the
 * security contexts written into upstream charts' values (config/components).
 */

/** UID/GID of first-party images (fact sheet §7). */
export const RESTRICTED_UID = 1000;

export function restrictedPod(uid: number = RESTRICTED_UID, gid: number = uid) {
  return { runAsNonRoot: true, runAsUser: uid, runAsGroup: gid, fsGroup: gid, seccompProfile: { type: 'RuntimeDefault' } };
}

/** `readOnlyRootFilesystem` may be false only for software that cannot run otherwise (fact sheet §7 lists them). */
export function restrictedContainer(uid: number = RESTRICTED_UID, gid: number = uid, readOnlyRootFilesystem = true) {
  return {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem,
    runAsNonRoot: true,
    runAsUser: uid,
    runAsGroup: gid,
    privileged: false,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}
