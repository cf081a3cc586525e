/**
 * The safety gate: the one rule set every synth, `npm run validate` and the tests run over the
 * rendered output of a target before anything is written. Each rule is a named pure function over
 * the target's objects, one per file of lib/gate/rules/ (named by its key in RULES);
 * `validateRendered` runs them all.
 */
import type { ResolvedTarget } from '../../config/types';
import type { RenderedTarget } from '../render/render';
import { buildContext, describeObject, type GateContext, type GateProblem, type Rule } from './context';
import { argoCdObjectLimitRule } from './rules/argocd-object-limit';
import { argoCdRule } from './rules/argocd-paths';
import { celRule } from './rules/cel-rules';
import { chartValuesRule } from './rules/chart-values';
import { connectionEndpointsRule } from './rules/connection-endpoints';
import { connectionPoliciesRule } from './rules/connection-policies';
import { duplicatesRule } from './rules/duplicates';
import { imagesRule } from './rules/images';
import { issuerAndStoreReferencesRule } from './rules/issuer-store-references';
import { kafkaClusterReferencesRule } from './rules/kafka-cluster-references';
import { namespaceIsolationRule } from './rules/namespace-isolation';
import { namespacePodSecurityRule } from './rules/namespace-pod-security';
import { namespaceReferencesRule } from './rules/namespace-references';
import { noSecretsRule } from './rules/no-secrets';
import { operatorPodsRule } from './rules/operator-pods';
import { podSecurityRule } from './rules/pod-security';
import { rbacRule } from './rules/rbac';
import { roleReferencesRule } from './rules/role-references';
import { schedulingRule } from './rules/scheduling';
import { schemaRule } from './rules/schema';
import { secretReferencesRule } from './rules/secret-references';
import { sensitiveApiRule } from './rules/sensitive-api';
import { serviceAccountReferencesRule } from './rules/service-account-references';
import { serviceAccountTokenRule } from './rules/service-account-tokens';
import { serviceReferencesRule } from './rules/service-references';
import { serviceTargetPortsRule } from './rules/service-target-ports';
import { storageClassesRule } from './rules/storage-classes';

export { WRITABLE_ROOT_EXCEPTIONS } from './exceptions';
export { validateFleets, credentialsIn, FLEET_RULES, fleetView, type FleetCluster, type FleetRule, type FleetView } from './fleet';
export {
  buildContext,
  contextOf,
  describeObject,
  type Finding,
  type GateContext,
  type GateProblem,
  type Located,
  type Rule,
} from './context';

/** Every rule of the gate, by name, in the order they run. */
export const RULES: Readonly<Record<string, Rule>> = {
  schema: schemaRule(),
  'cel-rules': celRule(),
  'pod-security': podSecurityRule,
  'operator-pods': operatorPodsRule,
  images: imagesRule,
  'service-account-tokens': serviceAccountTokenRule,
  'namespace-isolation': namespaceIsolationRule,
  'namespace-pod-security': namespacePodSecurityRule,
  rbac: rbacRule,
  'sensitive-api': sensitiveApiRule,
  'no-secrets': noSecretsRule,
  'secret-references': secretReferencesRule,
  'service-references': serviceReferencesRule,
  'service-account-references': serviceAccountReferencesRule,
  'issuer-store-references': issuerAndStoreReferencesRule,
  'role-references': roleReferencesRule,
  'kafka-cluster-references': kafkaClusterReferencesRule,
  'namespace-references': namespaceReferencesRule,
  'service-target-ports': serviceTargetPortsRule,
  'connection-endpoints': connectionEndpointsRule,
  'connection-policies': connectionPoliciesRule,
  duplicates: duplicatesRule,
  'argocd-paths': argoCdRule,
  'argocd-object-limit': argoCdObjectLimitRule,
  'chart-values': chartValuesRule(),
  'storage-classes': storageClassesRule,
  scheduling: schedulingRule,
};

/** Runs `rules` (default: all) over a context and names each finding's rule and object. */
export function runRules(ctx: GateContext, rules: Readonly<Record<string, Rule>> = RULES): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const [rule, check] of Object.entries(rules)) {
    for (const f of check(ctx))
      problems.push({
        target: ctx.target,
        file: f.file,
        object: describeObject(f.object),
        rule,
        message: f.message,
        ...(f.severity === 'warning' ? { severity: 'warning' as const } : {}),
      });
  }
  return problems;
}

/** Why an object cannot even be identified (then no other rule can reason about it), or undefined. */
export function identityProblem(object: unknown): string | undefined {
  const o = object as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } } | null;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return `expected an object, found ${JSON.stringify(o)}`;
  if (typeof o.apiVersion !== 'string' || o.apiVersion === '')
    return `apiVersion: expected a string, found ${JSON.stringify(o.apiVersion)}`;
  if (typeof o.kind !== 'string' || o.kind === '') return `kind: expected a string, found ${JSON.stringify(o.kind)}`;
  if (typeof o.metadata !== 'object' || o.metadata === null) return `metadata: expected an object, found ${JSON.stringify(o.metadata)}`;
  if (typeof o.metadata.name !== 'string' || o.metadata.name === '')
    return `metadata.name: expected a string, found ${JSON.stringify(o.metadata.name)}`;
  if (o.metadata.namespace !== undefined && typeof o.metadata.namespace !== 'string')
    return `metadata.namespace: expected a string, found ${JSON.stringify(o.metadata.namespace)}`;
  return undefined;
}

/** What the gate says about one rendered target: errors stop a synth, warnings are printed and listed. */
export interface GateReport {
  readonly errors: GateProblem[];
  readonly warnings: GateProblem[];
}

/**
 * Everything the gate finds in one rendered target. Objects that cannot be identified are
 * reported on their own and kept away from the other rules, so a malformed object is a finding,
 * never a crash.
 */
export function gateReport(rendered: RenderedTarget, model?: ResolvedTarget): GateReport {
  const unidentified: GateProblem[] = [];
  let files = rendered.files;
  for (const [file, list] of rendered.files) {
    if (list.every((o) => identityProblem(o) === undefined)) continue;
    if (files === rendered.files) files = new Map(rendered.files);
    files.set(
      file,
      list.filter((o) => {
        const message = identityProblem(o);
        if (message) unidentified.push({ target: rendered.target, file, object: describeObject(o), rule: 'object-identity', message });
        return message === undefined;
      }),
    );
  }
  const found = runRules(buildContext(files === rendered.files ? rendered : { ...rendered, files }, model));
  return {
    errors: [...unidentified, ...found.filter((p) => p.severity !== 'warning')],
    warnings: found.filter((p) => p.severity === 'warning'),
  };
}

/** Every error the gate finds in one rendered target; empty means it may be written (warnings aside: gateReport). */
export function validateRendered(rendered: RenderedTarget, model?: ResolvedTarget): GateProblem[] {
  return gateReport(rendered, model).errors;
}
