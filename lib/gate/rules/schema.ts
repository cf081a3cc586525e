import { type Finding, type GateContext, isObject } from '../context';
import { shippedSchemas } from '../schemas';
import type { SchemaRegistry } from '../structural';

export interface SchemaRuleOptions {
  /** @default the shipped schemas (imports/schemas/) */
  readonly registry?: SchemaRegistry;
  /**
   * `apiVersion/kind` of custom resources whose CRD is not vendored (only their envelope is checked).
   * @default none
   */
  readonly untypedKinds?: readonly string[];
}

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/**
 * Every object against the Kubernetes 1.29 schema or its CRD schema, strictly: unknown fields,
 * wrong types, missing required fields and values outside CRD bounds fail. Kinds without a schema
 * fail unless allow-listed, and then need at least a valid envelope.
 */
export function schemaRule(options: SchemaRuleOptions = {}) {
  const untyped = new Set(options.untypedKinds ?? []);
  return (ctx: GateContext): Finding[] => {
    const registry = options.registry ?? shippedSchemas();
    const findings: Finding[] = [];
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
      } else if (untyped.has(`${object.apiVersion}/${object.kind}`)) {
        for (const message of registry.validateEnvelope(object)) findings.push({ file, object, message });
      } else {
        findings.push({
          file,
          object,
          message: `no schema for ${object.apiVersion} ${object.kind}: neither a Kubernetes 1.29 kind nor a vendored CRD version (add the CRD to cdk8s.yaml and run npm run import)`,
        });
      }
    }
    return findings;
  };
}
