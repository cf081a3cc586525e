/**
 * Kubernetes API permissions that let the holder read credentials, run code in other pods or give
 * itself more rights. A Role rule granting one of them passes the gate only when the model declares
 * the subject as needing it, with the reason next to the declaration (ApiPermission.reason); the
 * predicate that reads these lists is the gate's (lib/gate/rules/sensitive-api.ts).
 */

/** Sensitive resources per API group (any verb on them counts). */
export const SENSITIVE_RESOURCES: Readonly<Record<string, readonly string[]>> = {
  // Secret values; a shell in, or a stream from, another pod; a token minted for any ServiceAccount.
  '': ['secrets', 'pods/exec', 'pods/attach', 'serviceaccounts/token'],
  // Reading RBAC maps who holds what; writing it is privilege escalation.
  'rbac.authorization.k8s.io': ['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'],
  // A webhook sees (and may rewrite) every object the API server admits.
  'admissionregistration.k8s.io': ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations'],
};

/** Verbs that grant their holder more rights, on whatever resource. */
export const SENSITIVE_VERBS: readonly string[] = ['bind', 'escalate', 'impersonate'];

/**
 * What `impersonate` acts on per API group (bind and escalate act only on roles, sensitive already): a `*` verb is
 * sensitive on these and on the sensitive resources, and adds nothing sensitive on any other resource.
 */
export const IMPERSONATION_TARGETS: Readonly<Record<string, readonly string[]>> = {
  '': ['users', 'groups', 'serviceaccounts', 'uids'],
  'authentication.k8s.io': ['userextras'],
};
