/**
 * The safety gate: the one rule set every synth, `npm run validate` and the tests run over the
 * rendered output of a target before anything is written. Each rule is a named pure function over
 * the target's objects (constructs/validation/rules/); `validateRendered` runs them all.
 */
import type { ResolvedTarget } from '../../config/types';
import type { RenderedTarget } from '../render/render';
import { UNTYPED_CUSTOM_KINDS } from '../../constructs/k8s/operators/crossplane/untyped';
import { buildContext, describeObject, type GateContext, type GateProblem, type Rule } from './context';
import { argoCdObjectLimitRule, argoCdRule } from './rules/argocd';
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
export { validateFleets, credentialsIn, CREDENTIAL_FIELDS, type FleetCluster } from './fleet';
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
  'argocd-object-limit': argoCdObjectLimitRule,
};

/** Runs `rules` (default: all) over a context and names each finding's rule and object. */
export function runRules(ctx: GateContext, rules: Readonly<Record<string, Rule>> = RULES): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const [rule, check] of Object.entries(rules)) {
    for (const f of check(ctx))
      problems.push({ target: ctx.target, file: f.file, object: describeObject(f.object), rule, message: f.message });
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

/**
 * Every problem the gate finds in one rendered target; empty means it may be written. Objects
 * that cannot be identified are reported on their own and kept away from the other rules, so a
 * malformed object is a finding, never a crash.
 */
export function validateRendered(rendered: RenderedTarget, model?: ResolvedTarget): GateProblem[] {
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
  return [...unidentified, ...runRules(buildContext(files === rendered.files ? rendered : { ...rendered, files }, model))];
}
