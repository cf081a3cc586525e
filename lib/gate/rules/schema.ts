import { type Finding, type GateContext, isObject } from '../context';
import { shippedSchemas } from '../schemas';
import type { SchemaRegistry } from '../structural';
import { definedKinds, registryOf } from '../xrd-schemas';

export interface SchemaRuleOptions {
  /** @default the shipped schemas (imports/schemas/) */
  readonly registry?: SchemaRegistry;
}

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/**
 * Every object against the Kubernetes 1.29 schema, its vendored CRD's schema or the schema of the
 * target's own XRD that defines it, strictly: unknown fields, wrong types, missing required fields
 * and values outside CRD bounds fail. A kind without a schema fails.
 */
export function schemaRule(options: SchemaRuleOptions = {}) {
  return (ctx: GateContext): Finding[] => {
    const base = options.registry ?? shippedSchemas();
    const registry = registryOf(ctx, base);
    const findings: Finding[] = [];
    for (const { file, object, redefines } of definedKinds(ctx, base)) {
      if (redefines) {
        findings.push({ file, object, message: `defines ${redefines}, which a vendored CRD or another XRD of the target already defines` });
      }
    }
    for (const { file, object } of ctx.objects) {
      if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string' || !isObject(object.metadata)) {
        findings.push({ file, object, message: 'apiVersion, kind and metadata are required' });
        continue;
      }
      if (typeof object.metadata.name !== 'string' || object.metadata.name.length > 253 || !NAME.test(object.metadata.name)) {
        findings.push({ file, object, message: `metadata.name ${JSON.stringify(object.metadata.name)} is not a DNS-1123 subdomain` });
      }
      const problems = registry.validate(object);
      if (problems) {
        for (const message of problems) findings.push({ file, object, message });
      } else {
        findings.push({
          file,
          object,
          message: `no schema for ${object.apiVersion} ${object.kind}: neither a Kubernetes 1.29 kind, nor a vendored CRD version (add the CRD to cdk8s.yaml and run npm run import), nor a kind of the target's own XRDs`,
        });
      }
    }
    return findings;
  };
}
