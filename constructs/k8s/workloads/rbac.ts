import type { k8s } from 'cdk8s-plus-29';
import type { ApiPermission } from '../../../config/types';

/** Policy rules of a Role from model permissions (copied, so the model stays frozen). */
export function roleRules(permissions: readonly ApiPermission[]): k8s.PolicyRule[] {
  return permissions.map((p) => ({ apiGroups: [...p.apiGroups], resources: [...p.resources], verbs: [...p.verbs] }));
}

/** Throws when a rule uses a wildcard or is empty: every grant must be spelled out. */
export function checkRules(where: string, rules: readonly k8s.PolicyRule[]): void {
  rules.forEach((rule, i) => {
    for (const field of ['apiGroups', 'resources', 'verbs'] as const) {
      const values = rule[field] ?? [];
      if (values.length === 0) throw new Error(`${where}[${i}].${field}: must list at least one entry`);
      if (values.some((v) => v.includes('*')))
        throw new Error(`${where}[${i}].${field}: wildcard "*" is not allowed; list the ${field} needed`);
    }
  });
}

const ALL_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];
const READ = ['get', 'list', 'watch'];

/**
 * Rights of a tenant's owner group inside its namespace. A custom Role rather than the built-in
 * `admin` ClusterRole: `admin` may edit NetworkPolicies (tenant isolation), Ingresses (claim any
 * host on the shared controller), PodDisruptionBudgets (block node drains) and RoleBindings; here
 * those stay read-only and are owned by this repository.
 */
export const TENANT_OWNER_RULES: readonly k8s.PolicyRule[] = [
  {
    apiGroups: [''],
    resources: ['pods', 'services', 'configmaps', 'secrets', 'persistentvolumeclaims', 'serviceaccounts'],
    verbs: ALL_VERBS,
  },
  { apiGroups: [''], resources: ['pods/log', 'pods/exec', 'pods/portforward'], verbs: ['get', 'create'] },
  { apiGroups: [''], resources: ['events', 'endpoints', 'resourcequotas', 'limitranges'], verbs: READ },
  { apiGroups: ['apps'], resources: ['deployments', 'statefulsets'], verbs: ALL_VERBS },
  { apiGroups: ['apps'], resources: ['deployments/scale', 'statefulsets/scale'], verbs: ['get', 'update', 'patch'] },
  { apiGroups: ['apps'], resources: ['replicasets'], verbs: READ },
  { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'], verbs: ALL_VERBS },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: ALL_VERBS },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: READ },
  { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies', 'ingresses'], verbs: READ },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: READ },
];
