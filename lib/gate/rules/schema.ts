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
/** RBAC objects are named by path segment (`system:auth-delegator`): no `/` or `%`, not `.` or `..` (ValidateRBACName). */
const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);
const PATH_SEGMENT = /^(?!\.{1,2}$)[^/%]+$/;

function validName(apiVersion: string, kind: string, name: string): boolean {
  if (name.length > 253) return false;
  return apiVersion.startsWith('rbac.authorization.k8s.io/') && RBAC_KINDS.has(kind) ? PATH_SEGMENT.test(name) : NAME.test(name);
}

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
      if (typeof object.metadata.name !== 'string' || !validName(object.apiVersion, object.kind, object.metadata.name)) {
        const expected = RBAC_KINDS.has(object.kind) ? 'a valid path segment' : 'a DNS-1123 subdomain';
        findings.push({ file, object, message: `metadata.name ${JSON.stringify(object.metadata.name)} is not ${expected}` });
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
