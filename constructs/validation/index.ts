/**
 * The safety gate: the one rule set every synth, `npm run validate` and the tests run over the
 * rendered output of a target before anything is written. Each rule is a named pure function over
 * the target's objects (constructs/validation/rules/); `validateRendered` runs them all.
 */
import type { ResolvedTarget } from '../../config/types';
import type { RenderedTarget } from '../core/render';
import { UNTYPED_CUSTOM_KINDS } from '../operators/crossplane/untyped';
import { buildContext, describeObject, type GateContext, type Rule } from './context';
import { argoCdRule } from './rules/argocd';
import { duplicatesRule } from './rules/duplicates';
import { namespaceIsolationRule, namespacePodSecurityRule } from './rules/namespaces';
import { podSecurityRule } from './rules/pod-security';
import { rbacRule } from './rules/rbac';
import {
  issuerAndStoreReferencesRule,
  kafkaClusterReferencesRule,
  namespaceReferencesRule,
  roleReferencesRule,
  secretReferencesRule,
  serviceAccountReferencesRule,
  serviceReferencesRule,
} from './rules/references';
import { schemaRule } from './rules/schema';
import { noSecretsRule } from './rules/secrets';

export { WRITABLE_ROOT_EXCEPTIONS } from './exceptions';
export { buildContext, contextOf, describeObject, type Finding, type GateContext, type Located, type Rule } from './context';

export interface GateProblem {
  readonly target: string;
  /** Output file, relative to dist/<target>/. */
  readonly file: string;
  /** `Kind namespace/name` of the rejected object. */
  readonly object: string;
  /** Name of the rule (a key of RULES). */
  readonly rule: string;
  readonly message: string;
}

/** Custom kinds without a vendored CRD (constructs/operators/crossplane): only their metadata is validated. */
export const UNTYPED_KINDS: readonly string[] = UNTYPED_CUSTOM_KINDS.map((k) => `${k.apiVersion}/${k.kind}`);

/** Every rule of the gate, by name, in the order they run. */
export const RULES: Readonly<Record<string, Rule>> = {
  schema: schemaRule({ untypedKinds: UNTYPED_KINDS }),
  'pod-security': podSecurityRule,
  'namespace-isolation': namespaceIsolationRule,
  'namespace-pod-security': namespacePodSecurityRule,
  rbac: rbacRule,
  'no-secrets': noSecretsRule,
  'secret-references': secretReferencesRule,
  'service-references': serviceReferencesRule,
  'service-account-references': serviceAccountReferencesRule,
  'issuer-store-references': issuerAndStoreReferencesRule,
  'role-references': roleReferencesRule,
  'kafka-cluster-references': kafkaClusterReferencesRule,
  'namespace-references': namespaceReferencesRule,
  duplicates: duplicatesRule,
  'argocd-paths': argoCdRule,
};

/** Runs `rules` (default: all) over a context and names each finding's rule and object. */
export function runRules(ctx: GateContext, rules: Readonly<Record<string, Rule>> = RULES): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const [rule, check] of Object.entries(rules)) {
    for (const f of check(ctx)) problems.push({ target: ctx.target, file: f.file, object: describeObject(f.object), rule, message: f.message });
  }
  return problems;
}

/** Every problem the gate finds in one rendered target; empty means it may be written. */
export function validateRendered(rendered: RenderedTarget, model?: ResolvedTarget): GateProblem[] {
  return runRules(buildContext(rendered, model));
}
