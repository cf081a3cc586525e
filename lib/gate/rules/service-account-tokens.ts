/**
 * ServiceAccount tokens only where a pod calls the Kubernetes API. Every pod spec (workloads and the
 * pod templates of custom resources alike) decides explicitly: `automountServiceAccountToken` on the
 * pod, or on the rendered ServiceAccount it names; Kubernetes' default (mounted) is never relied on,
 * so a new template cannot hand its containers a token unnoticed. A pod that does mount the token of
 * a rendered ServiceAccount must have that ServiceAccount bound to a role: a token nothing grants
 * anything to is only an attack surface. A workload's pod that names no ServiceAccount runs as the
 * namespace's `default` one (Kubernetes' admission sets it); an operator's custom resource chooses
 * its own, so there no name means unknown.
 */
import { groupOf } from '../../k8s/api-version';
import { asArray, type Finding, type GateContext, isObject, ofKind, podSpecsOf } from '../context';

/** API groups of the built-in workloads, whose pods Kubernetes gives the `default` ServiceAccount when they name none. */
const WORKLOAD_GROUPS = new Set(['', 'apps', 'batch']);

const key = (namespace: string | undefined, name: string) => `${namespace ?? ''}/${name}`;

export function serviceAccountTokenRule(ctx: GateContext): Finding[] {
  const accounts = new Map<string, Record<string, unknown>>();
  for (const { object } of ofKind(ctx, 'ServiceAccount', '')) accounts.set(key(object.metadata.namespace, object.metadata.name), object);
  const bound = new Set<string>();
  for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
    for (const { object } of ofKind(ctx, kind, 'rbac.authorization.k8s.io')) {
      for (const subject of asArray(object.subjects)) {
        if (isObject(subject) && subject.kind === 'ServiceAccount' && typeof subject.name === 'string')
          bound.add(key((subject.namespace as string | undefined) ?? object.metadata.namespace, subject.name));
      }
    }
  }
  const findings: Finding[] = [];
  for (const { file, object, spec, path } of podSpecsOf(ctx)) {
    const namespace = object.metadata.namespace;
    const named = (spec.serviceAccountName ?? spec.serviceAccount) as string | undefined;
    const name = named ?? (WORKLOAD_GROUPS.has(groupOf(object.apiVersion)) ? 'default' : undefined);
    const account = name === undefined ? undefined : accounts.get(key(namespace, name));
    const mount = spec.automountServiceAccountToken ?? account?.automountServiceAccountToken;
    if (typeof mount !== 'boolean') {
      findings.push({
        file,
        object,
        message: `${path}.automountServiceAccountToken: unset (Kubernetes mounts the token by default); set false, or true on a pod that calls the Kubernetes API`,
      });
    } else if (mount && account && name !== undefined && !bound.has(key(namespace, name))) {
      findings.push({
        file,
        object,
        message: `${path}: mounts the token of ServiceAccount ${namespace ?? ''}/${name}, which no RoleBinding grants anything; set automountServiceAccountToken: false`,
      });
    }
  }
  return findings;
}
