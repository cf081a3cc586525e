/**
 * A Secret a pod or an Ingress names is produced in the target; a missing one leaves the pod stuck
 * in ContainerCreating or the Ingress without its certificate.
 */
import { podSpecSecretReferences, secretProducers } from '../../../constructs/k8s/secrets/references';
import { asArray, type Finding, type GateContext, isObject, type Json, ofKind, podSpecsOf } from '../context';
import { objectKey } from './shared/references';

/** secretKeyRef, envFrom, secret volumes, pull secrets and Ingress TLS name a Secret some producer makes in that namespace. */
export function secretReferencesRule(ctx: GateContext): Finding[] {
  const produced = new Set(secretProducers(ctx.objects.map((l) => l.object)).map((p) => objectKey(p.namespace, p.secret)));
  // A Secret the target renders itself exists (whether it may be rendered is the no-secrets rule's question).
  for (const { object } of ofKind(ctx, 'Secret', '')) produced.add(objectKey(object.metadata.namespace, object.metadata.name));
  const findings: Finding[] = [];
  // The pod specs the context already found: no second walk over every object.
  for (const { file, object, spec, path } of podSpecsOf(ctx)) {
    for (const ref of podSpecSecretReferences(object, spec, path)) {
      if (ref.optional || produced.has(objectKey(ref.namespace, ref.secret))) continue;
      findings.push({
        file,
        object,
        message: `${ref.path}: Secret ${ref.namespace}/${ref.secret} is produced by no ExternalSecret, Certificate or operator resource (Strimzi, ECK, CloudNativePG, MongoDB) in the target`,
      });
    }
  }
  for (const { file, object } of ofKind(ctx, 'Ingress', 'networking.k8s.io')) {
    asArray((object.spec as Json | undefined)?.tls).forEach((tls, i) => {
      if (isObject(tls) && typeof tls.secretName === 'string' && !produced.has(objectKey(object.metadata.namespace, tls.secretName))) {
        findings.push({
          file,
          object,
          message: `spec.tls[${i}].secretName: Secret ${object.metadata.namespace}/${tls.secretName} is produced by no Certificate or ExternalSecret in the target`,
        });
      }
    });
  }
  return findings;
}
