import { type Finding, type GateContext, isObject } from '../context';
import { shippedSchemas } from '../schemas';
import type { SchemaRegistry } from '../structural';
import { definedKinds, registryOf } from '../xrd-schemas';

export interface SchemaRuleOptions {
  /** @default the shipped schemas (imports/schemas/) */
  readonly registry?: SchemaRegistry;
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
      if (typeof object.metadata.name !== 'string' || !validName(object.apiVersion, object.kind, object.metadata.name)) {
        const expected = RBAC_KINDS.has(object.kind) ? 'a valid path segment' : 'a DNS-1123 subdomain';
        findings.push({ file, object, message: `metadata.name ${JSON.stringify(object.metadata.name)} is not ${expected}` });
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
