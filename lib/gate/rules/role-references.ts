/** Role bindings name a role the target renders or the API server provides. */
import { type Finding, type GateContext, isObject, ofKind } from '../context';
import { objectKey, renderedNames } from './shared/references';

/**
 * ClusterRoles every cluster has: the user-facing roles and the API server's bootstrap roles that
 * charts bind to (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings).
 */
export const BUILT_IN_CLUSTER_ROLES: readonly string[] = [
  'admin',
  'edit',
  'view',
  'cluster-admin',
  'system:auth-delegator',
  'system:basic-user',
  'system:discovery',
  'system:public-info-viewer',
  'system:kube-dns',
  'system:node-proxier',
  'system:persistent-volume-provisioner',
  'system:volume-scheduler',
  'system:service-account-issuer-discovery',
  'system:monitoring',
];
/** Roles the API server creates in kube-system (same source): extension API servers bind the first one. */
export const BUILT_IN_ROLES: readonly string[] = [
  'kube-system/extension-apiserver-authentication-reader',
  'kube-system/system::leader-locking-kube-controller-manager',
  'kube-system/system::leader-locking-kube-scheduler',
];
/** RoleBindings name a Role in their namespace or a ClusterRole; ClusterRoleBindings a ClusterRole. Built-in user-facing roles count. */
export function roleReferencesRule(ctx: GateContext): Finding[] {
  const roles = renderedNames(ctx, 'Role', 'rbac.authorization.k8s.io');
  for (const role of BUILT_IN_ROLES) roles.add(role);
  const clusterRoles = renderedNames(ctx, 'ClusterRole', 'rbac.authorization.k8s.io');
  for (const role of BUILT_IN_CLUSTER_ROLES) clusterRoles.add(objectKey(undefined, role));
  const findings: Finding[] = [];
  for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
    for (const { file, object } of ofKind(ctx, kind, 'rbac.authorization.k8s.io')) {
      const ref = isObject(object.roleRef) ? object.roleRef : {};
      const found =
        ref.kind === 'Role' && kind === 'RoleBinding'
          ? roles.has(objectKey(object.metadata.namespace, String(ref.name)))
          : ref.kind === 'ClusterRole' && clusterRoles.has(objectKey(undefined, String(ref.name)));
      if (!found)
        findings.push({
          file,
          object,
          message: `roleRef: ${String(ref.kind)} ${String(ref.name)} is not rendered${kind === 'ClusterRoleBinding' && ref.kind === 'Role' ? ' (a ClusterRoleBinding can only reference a ClusterRole)' : ''}`,
        });
    }
  }
  return findings;
}
