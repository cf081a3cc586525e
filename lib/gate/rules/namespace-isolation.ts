/**
 * Every rendered Namespace is isolated by default: a default-deny NetworkPolicy (Ingress and
 * Egress, all pods, no rules) and a DNS egress policy (UDP and TCP 53, all pods).
 */
import { asArray, type Finding, type GateContext, isObject, type Json, ofKind } from '../context';

function selectsAllPods(spec: Json): boolean {
  const selector = spec.podSelector;
  if (!isObject(selector)) return false;
  const labels = isObject(selector.matchLabels) ? Object.keys(selector.matchLabels).length : 0;
  return labels === 0 && asArray(selector.matchExpressions).length === 0;
}

/** True for a policy that selects every pod and denies all ingress and egress. */
export function isDefaultDeny(spec: Json): boolean {
  const types = asArray(spec.policyTypes);
  return (
    selectsAllPods(spec) &&
    types.includes('Ingress') &&
    types.includes('Egress') &&
    asArray(spec.ingress).length === 0 &&
    asArray(spec.egress).length === 0
  );
}

/** True for a policy that lets every pod resolve names: egress to port 53 over both UDP and TCP. */
export function allowsDnsEgress(spec: Json): boolean {
  if (!selectsAllPods(spec) || !asArray(spec.policyTypes).includes('Egress')) return false;
  const protocols = new Set<string>();
  for (const rule of asArray(spec.egress)) {
    if (!isObject(rule)) continue;
    for (const port of asArray(rule.ports)) {
      if (isObject(port) && (port.port === 53 || port.port === 'dns' || port.port === 'dns-tcp'))
        protocols.add(String(port.protocol ?? 'TCP'));
    }
  }
  return protocols.has('UDP') && protocols.has('TCP');
}

export function namespaceIsolationRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  const policies = new Map<string, Json[]>();
  for (const { object } of ofKind(ctx, 'NetworkPolicy', 'networking.k8s.io')) {
    const ns = object.metadata.namespace ?? '';
    const spec = isObject(object.spec) ? object.spec : {};
    const list = policies.get(ns);
    if (list) list.push(spec);
    else policies.set(ns, [spec]);
  }
  for (const { file, object } of ofKind(ctx, 'Namespace', '')) {
    const name = object.metadata.name;
    const specs = policies.get(name) ?? [];
    if (!specs.some(isDefaultDeny)) {
      findings.push({
        file,
        object,
        message: `namespace ${name} has no default-deny NetworkPolicy (podSelector {}, policyTypes [Ingress, Egress], no rules)`,
      });
    }
    if (!specs.some(allowsDnsEgress)) {
      findings.push({
        file,
        object,
        message: `namespace ${name} has no NetworkPolicy allowing DNS egress (port 53 over UDP and TCP, podSelector {})`,
      });
    }
  }
  return findings;
}
