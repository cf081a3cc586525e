/**
 * Least privilege: no `*` in any rule, nothing bound to cluster-admin or system:masters for a
 * ServiceAccount, nothing granted to anonymous or all-authenticated users, and no verbs that
 * grant themselves more (escalate, bind, impersonate).
 */
import { asArray, type Finding, type GateContext, isObject, ofKind } from '../context';

const SELF_ESCALATING_VERBS = new Set(['escalate', 'bind', 'impersonate']);
const PRIVILEGED_ROLES = new Set(['cluster-admin']);
const FORBIDDEN_GROUPS = new Set(['system:masters', 'system:anonymous', 'system:unauthenticated', 'system:authenticated']);
const FORBIDDEN_USERS = new Set(['system:anonymous']);
const RULE_FIELDS = ['apiGroups', 'resources', 'verbs', 'nonResourceURLs', 'resourceNames'] as const;

function isWildcard(value: unknown): boolean {
  const text = String(value);
  return text === '*' || text.endsWith('/*');
}

export function rbacRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  for (const kind of ['Role', 'ClusterRole']) {
    for (const { file, object } of ofKind(ctx, kind, 'rbac.authorization.k8s.io')) {
      if (isObject(object.aggregationRule))
        findings.push({ file, object, message: 'aggregationRule pulls in permissions defined elsewhere; list the rules explicitly' });
      const rules = asArray(object.rules);
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i];
        if (!isObject(rule)) continue;
        for (const field of RULE_FIELDS) {
          if (asArray(rule[field]).some(isWildcard))
            findings.push({ file, object, message: `rules[${i}].${field}: wildcard "*" grants more than the workload needs; list them` });
        }
        for (const verb of asArray(rule.verbs)) {
          if (SELF_ESCALATING_VERBS.has(String(verb)))
            findings.push({ file, object, message: `rules[${i}].verbs: "${String(verb)}" lets the holder grant itself more permissions` });
        }
      }
    }
  }
  for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
    for (const { file, object } of ofKind(ctx, kind, 'rbac.authorization.k8s.io')) {
      const roleRef = isObject(object.roleRef) ? object.roleRef : {};
      asArray(object.subjects).forEach((subject, i) => {
        if (!isObject(subject)) return;
        const name = String(subject.name);
        if (subject.kind === 'ServiceAccount' && PRIVILEGED_ROLES.has(String(roleRef.name)) && roleRef.kind === 'ClusterRole') {
          findings.push({
            file,
            object,
            message: `subjects[${i}]: ServiceAccount ${String(subject.namespace ?? object.metadata.namespace)}/${name} is bound to cluster-admin`,
          });
        }
        if (subject.kind === 'Group' && FORBIDDEN_GROUPS.has(name))
          findings.push({ file, object, message: `subjects[${i}]: binding to group ${name} is forbidden` });
        if (subject.kind === 'User' && FORBIDDEN_USERS.has(name))
          findings.push({ file, object, message: `subjects[${i}]: binding to user ${name} is forbidden` });
      });
      if (kind === 'ClusterRoleBinding' && PRIVILEGED_ROLES.has(String(roleRef.name)) && roleRef.kind === 'ClusterRole') {
        findings.push({ file, object, message: 'ClusterRoleBinding to cluster-admin: grant a scoped role instead' });
      }
    }
  }
  return findings;
}
