import type { k8s } from 'cdk8s-plus-29';
import type { ApiPermission } from '../../../config/types';

/**
 * Policy rules of a Role from model permissions (copied, so the model stays frozen). `by-name`
 * permissions take their names from `names` (a list computed at synth); without it they are an error.
 */
export function roleRules(permissions: readonly ApiPermission[], names?: () => string[]): k8s.PolicyRule[] {
  return permissions.map((p, i) => {
    const rule: k8s.PolicyRule = { apiGroups: [...p.apiGroups], resources: [...p.resources], verbs: [...p.verbs] };
    if (p.resourceNames === 'by-name') {
      if (!names) throw new Error(`permissions[${i}].resourceNames: "by-name" needs names computed at synth; list the names`);
      return { ...rule, resourceNames: names() };
    }
    return p.resourceNames ? { ...rule, resourceNames: [...p.resourceNames] } : rule;
  });
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
