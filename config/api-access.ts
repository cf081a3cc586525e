/**
 * Kubernetes API permissions that let the holder read credentials, run code in other pods or give
 * itself more rights. A Role rule granting one of them passes the gate only when the model declares
 * the subject as needing it, with the reason next to the declaration (ApiPermission.reason).
 */

/** Sensitive resources per API group (any verb on them counts). */
const SENSITIVE_RESOURCES: Readonly<Record<string, readonly string[]>> = {
  // Secret values; a shell in, or a stream from, another pod; a token minted for any ServiceAccount.
  '': ['secrets', 'pods/exec', 'pods/attach', 'serviceaccounts/token'],
  // Reading RBAC maps who holds what; writing it is privilege escalation.
  'rbac.authorization.k8s.io': ['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'],
  // A webhook sees (and may rewrite) every object the API server admits.
  'admissionregistration.k8s.io': ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations'],
};

/** Verbs that grant their holder more rights, on whatever resource. */
const SENSITIVE_VERBS: readonly string[] = ['bind', 'escalate', 'impersonate'];

/** True when granting `verb` on `group/resource` is sensitive (a `*` stands for everything, sensitive ones included). */
export function isSensitiveGrant(group: string, resource: string, verb: string): boolean {
  if (SENSITIVE_VERBS.includes(verb) || verb === '*') return true;
  if (group === '*') return true;
  const resources = SENSITIVE_RESOURCES[group];
  return resources !== undefined && (resource === '*' || resources.includes(resource));
}
