/** Certificates and ExternalSecrets name an issuer or secret store the target renders (else their controller loops on "not found"). */
import type { K8sObject } from '../../k8s/object';
import { type Finding, type GateContext, isObject, type Json, ofKind } from '../context';
import { objectKey, renderedNames } from './shared/references';

/** Certificates name a rendered (Cluster)Issuer; ExternalSecrets a rendered (Cluster)SecretStore. */
export function issuerAndStoreReferencesRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  const rendered = new Map<string, Set<string>>();
  const namesOf = (kind: string, group: string) => {
    if (!rendered.has(kind)) rendered.set(kind, renderedNames(ctx, kind, group));
    return rendered.get(kind)!;
  };
  const check = (
    located: { file: string; object: K8sObject },
    path: string,
    ref: unknown,
    defaultKind: string,
    clusterKind: string,
    group: string,
  ) => {
    const { object } = located;
    const r = isObject(ref) ? ref : {};
    const kind = String(r.kind ?? defaultKind);
    const found = namesOf(kind, group).has(objectKey(kind === clusterKind ? undefined : object.metadata.namespace, String(r.name)));
    if (!found) findings.push({ ...located, message: `${path}: ${kind} ${String(r.name)} is not rendered in the target` });
  };
  for (const located of ofKind(ctx, 'Certificate', 'cert-manager.io')) {
    check(located, 'spec.issuerRef', (located.object.spec as Json | undefined)?.issuerRef, 'Issuer', 'ClusterIssuer', 'cert-manager.io');
  }
  for (const located of ofKind(ctx, 'ExternalSecret', 'external-secrets.io')) {
    check(
      located,
      'spec.secretStoreRef',
      (located.object.spec as Json | undefined)?.secretStoreRef,
      'SecretStore',
      'ClusterSecretStore',
      'external-secrets.io',
    );
  }
  return findings;
}
