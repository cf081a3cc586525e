import { TARGETS } from '../../config/targets';
import type { EnvironmentName } from '../../config/types';
import type { K8sObject } from '../../lib/k8s/object';
import { allObjects, renderedTarget, TARGET_NAMES } from '../support/render';

export { TARGET_NAMES };

export type Obj = K8sObject & { __file: string; spec?: any };

export function objects(target: string): Obj[] {
  return allObjects(renderedTarget(target)) as Obj[];
}

export function ofKind(target: string, kind: string, apiGroup?: string): Obj[] {
  return objects(target).filter((o) => o.kind === kind && (apiGroup === undefined || o.apiVersion.startsWith(`${apiGroup}/`)));
}

export function one(target: string, kind: string, apiGroup?: string): Obj {
  const found = ofKind(target, kind, apiGroup);
  if (found.length !== 1) throw new Error(`${target}: expected exactly one ${kind}, found ${found.length}`);
  return found[0];
}

export function environmentOf(target: string): EnvironmentName {
  const t = TARGETS.find((x) => x.name === target);
  if (!t) throw new Error(`unknown target ${target}`);
  return t.environment;
}

export function targetSpec(target: string) {
  const t = TARGETS.find((x) => x.name === target);
  if (!t) throw new Error(`unknown target ${target}`);
  return t;
}

/**
 * Why a container (with its pod's security context) fails the restricted Pod Security Standard,
 * or [] when it passes: non-root, no privilege escalation, ALL capabilities dropped, seccomp
 * RuntimeDefault (pod or container), not privileged, not UID 0.
 */
export function restrictedViolations(pod: any = {}, container: any = {}): string[] {
  const problems: string[] = [];
  const sc = container ?? {};
  const runAsNonRoot = sc.runAsNonRoot ?? pod?.runAsNonRoot;
  if (runAsNonRoot !== true) problems.push('runAsNonRoot is not true');
  if ((sc.runAsUser ?? pod?.runAsUser) === 0) problems.push('runs as UID 0');
  if (sc.allowPrivilegeEscalation !== false) problems.push('allowPrivilegeEscalation is not false');
  if (sc.privileged === true) problems.push('privileged');
  if (!(sc.capabilities?.drop ?? []).includes('ALL')) problems.push('capabilities.drop lacks ALL');
  const seccomp = sc.seccompProfile?.type ?? pod?.seccompProfile?.type;
  if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') problems.push('no RuntimeDefault seccomp profile');
  return problems;
}
