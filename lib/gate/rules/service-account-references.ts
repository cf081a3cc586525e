/** A pod's ServiceAccount is rendered: without it the controller cannot create the pod. */
import { type Finding, type GateContext, ofKind, podSpecsOf } from '../context';
import { objectKey, renderedNames } from './shared/references';

/** serviceAccountName of every pod spec is a ServiceAccount rendered in its namespace. */
export function serviceAccountReferencesRule(ctx: GateContext): Finding[] {
  const accounts = renderedNames(ctx, 'ServiceAccount', '');
  const anyNamespace = new Set(ofKind(ctx, 'ServiceAccount', '').map(({ object }) => object.metadata.name));
  const findings: Finding[] = [];
  for (const { file, object, spec, path } of podSpecsOf(ctx)) {
    const ns = object.metadata.namespace;
    const name = spec.serviceAccountName ?? spec.serviceAccount;
    if (typeof name !== 'string' || name === 'default') continue;
    // A cluster-scoped owner (Crossplane DeploymentRuntimeConfig) runs its pods in its controller's namespace.
    if (ns === undefined ? anyNamespace.has(name) : accounts.has(objectKey(ns, name))) continue;
    findings.push({
      file,
      object,
      message: `${path}.serviceAccountName: ServiceAccount ${ns === undefined ? '' : `${ns}/`}${name} is not rendered${ns === undefined ? ' in any namespace' : ''}`,
    });
  }
  return findings;
}
