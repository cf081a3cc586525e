/**
 * Every volume claim can bind: a class it names exists on the cluster (the cloud's own classes,
 * or a StorageClass the platform renders), and a claim that names none needs a default class.
 * A claim naming a missing class, or relying on a default the cluster does not have (EKS marks
 * none from 1.30 on), stays Pending, and so does every pod that mounts it.
 * Claims are read wherever the API or an operator takes a class: `storageClassName` (claims,
 * claim templates), `storageClass` (CloudNativePG, operators' storage blocks), Strimzi's `class`
 * of a `persistent-claim` storage.
 */
import { CLOUD_PROFILES, DEFAULT_CLASS_ANNOTATION } from '../../clouds';
import { asArray, type Finding, type GateContext, isObject, type Json, ofKind } from '../context';

/** Each storage class named inside `value`, with its path (`at`: the keys and indexes down to it, joined only for a find). */
function namedClasses(value: unknown, at: Array<string | number>, out: Array<{ path: string; name: string }>): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      at.push(i);
      namedClasses(value[i], at, out);
      at.pop();
    }
    return;
  }
  if (!isObject(value)) return;
  for (const key in value) {
    const child = value[key];
    const named = key === 'storageClassName' || key === 'storageClass' || (key === 'class' && value.type === 'persistent-claim');
    at.push(key);
    // An empty storageClassName asks for no dynamic provisioning (a pre-created volume): nothing to find.
    if (named && typeof child === 'string') {
      if (child !== '') out.push({ path: pathText(at), name: child });
    } else if (typeof child === 'object' && child !== null) namedClasses(child, at, out);
    at.pop();
  }
}

function pathText(at: ReadonlyArray<string | number>): string {
  return at.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Claims (and claim templates) that name no class, with their paths. */
function unnamedClaims(object: Json): string[] {
  const spec = isObject(object.spec) ? object.spec : {};
  if (object.kind === 'PersistentVolumeClaim') return spec.storageClassName === undefined ? ['spec'] : [];
  if (object.kind !== 'StatefulSet') return [];
  return asArray(spec.volumeClaimTemplates).flatMap((t, i) =>
    isObject(t) && (!isObject(t.spec) || t.spec.storageClassName === undefined) ? [`spec.volumeClaimTemplates[${i}].spec`] : [],
  );
}

/** Kinds that never carry a volume claim: the bulk of tenant objects, left unwalked (the rule stays cheap at 10,000 tenants). */
const NO_CLAIMS = new Set([
  'Namespace',
  'ResourceQuota',
  'LimitRange',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'NetworkPolicy',
  'ServiceAccount',
  'ConfigMap',
  'Service',
  'Ingress',
  'ExternalSecret',
  'SecretStore',
  'Certificate',
  'StorageClass',
]);

export function storageClassesRule(ctx: GateContext): Finding[] {
  const cloud = ctx.model?.target.provider.cloud;
  if (!cloud) return [];
  const profile = CLOUD_PROFILES[cloud].storageClasses;
  const rendered = ofKind(ctx, 'StorageClass', 'storage.k8s.io');
  const known = new Set([...profile.builtIn, ...rendered.map((l) => l.object.metadata.name)]);
  const hasDefault =
    profile.builtInDefault !== undefined ||
    rendered.some((l) => (l.object.metadata.annotations as Record<string, string> | undefined)?.[DEFAULT_CLASS_ANNOTATION] === 'true');
  const findings: Finding[] = [];
  for (const { file, object } of ctx.objects) {
    if (NO_CLAIMS.has(object.kind)) continue;
    const named: Array<{ path: string; name: string }> = [];
    namedClasses(object.spec, ['spec'], named);
    for (const { path, name } of named)
      if (!known.has(name))
        findings.push({
          file,
          object,
          message: `${path}: storage class ${JSON.stringify(name)} does not exist on ${cloud} clusters (${[...known].sort().join(', ')}): the claim stays Pending; render it in the cloud profile's storageClasses`,
        });
    if (!hasDefault)
      for (const path of unnamedClaims(object as unknown as Json))
        findings.push({
          file,
          object,
          message: `${path}: names no storage class and ${cloud} clusters have no default one: the claim stays Pending`,
        });
  }
  return findings;
}
