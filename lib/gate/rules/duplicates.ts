import { type Finding, type GateContext, groupOf } from '../context';

/** The same apiVersion group, kind, namespace and name twice: one would silently win in the cluster. */
export function duplicatesRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  // Nested maps (group|kind -> namespace -> name -> file): no key string per object.
  const seen = new Map<string, Map<string, Map<string, string>>>();
  const groupKinds = new Map<string, Map<string, string>>();
  for (const { file, object } of ctx.objects) {
    // An object without a string apiVersion/kind/name is the schema rule's finding, not a crash here.
    if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string' || typeof object.metadata?.name !== 'string') continue;
    let kinds = groupKinds.get(object.apiVersion);
    if (!kinds) groupKinds.set(object.apiVersion, (kinds = new Map()));
    let groupKind = kinds.get(object.kind);
    if (groupKind === undefined) kinds.set(object.kind, (groupKind = `${groupOf(object.apiVersion)}|${object.kind}`));
    let namespaces = seen.get(groupKind);
    if (!namespaces) seen.set(groupKind, (namespaces = new Map()));
    const ns = object.metadata.namespace ?? '';
    let names = namespaces.get(ns);
    if (!names) namespaces.set(ns, (names = new Map()));
    const first = names.get(object.metadata.name);
    if (first !== undefined)
      findings.push({ file, object, message: `duplicate object: the same ${object.kind} is also rendered in ${first}` });
    else names.set(object.metadata.name, file);
  }
  return findings;
}
