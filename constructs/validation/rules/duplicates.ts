import type { Finding, GateContext } from '../context';

/** The same apiVersion group, kind, namespace and name twice: one would silently win in the cluster. */
export function duplicatesRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const { file, object } of ctx.objects) {
    const slash = object.apiVersion.indexOf('/');
    const key = `${slash < 0 ? '' : object.apiVersion.slice(0, slash)}|${object.kind}|${object.metadata.namespace ?? ''}|${object.metadata.name}`;
    const first = seen.get(key);
    if (first !== undefined) findings.push({ file, object, message: `duplicate object: the same ${object.kind} is also rendered in ${first}` });
    else seen.set(key, file);
  }
  return findings;
}
