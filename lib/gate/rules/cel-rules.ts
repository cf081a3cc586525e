/**
 * The CEL validation rules (`x-kubernetes-validations`) of every custom resource's schema, on any
 * node (root, nested property, list item, map value), with `self` bound to that node's value, as
 * the API server runs them on create: a resource the API server would reject never reaches dist/.
 * Only subtrees whose schema holds a rule are walked; each rule is compiled once per process.
 */
import { compileRule, evaluate, messageOf, UNCOMPILABLE_RULES } from '../cel';
import { resolveNode, toCel, withDefaults } from '../cel-values';
import type { CelRule, SchemaNode } from '../compact-schema';
import { type Finding, type GateContext, isObject } from '../context';
import { at, join, type SchemaDocument } from '../schema-values';
import { shippedSchemas } from '../schemas';
import type { SchemaRegistry } from '../structural';
import { registryOf } from '../xrd-schemas';

export interface CelRuleOptions {
  /** @default the shipped schemas (imports/schemas/) */
  readonly registry?: SchemaRegistry;
  /** Rules the gate may skip because it cannot compile them, by text, with the reason. @default UNCOMPILABLE_RULES */
  readonly uncompilable?: Readonly<Record<string, string>>;
}

const holdsRules = new WeakMap<SchemaNode, boolean>();

/** True when `node` or any node below it carries a rule (cached; recursive schemas terminate). */
function hasRules(schema: SchemaNode, doc: SchemaDocument): boolean {
  const cached = holdsRules.get(schema);
  if (cached !== undefined) return cached;
  holdsRules.set(schema, false);
  const node = resolveNode(schema, doc);
  let found = (node['x-kubernetes-validations']?.length ?? 0) > 0;
  if (!found && node.properties) for (const key in node.properties) if ((found = hasRules(node.properties[key], doc))) break;
  if (!found && node.items) found = hasRules(node.items, doc);
  if (!found && typeof node.additionalProperties === 'object') found = hasRules(node.additionalProperties, doc);
  holdsRules.set(schema, found);
  return found;
}

/** One rule's failure message, worded as the API server words it. */
function failure(rule: CelRule, path: string, detail: { message?: string; error?: string }): string {
  const where = rule.fieldPath ? join(path, rule.fieldPath.replace(/^\./, '')) : path;
  const text = detail.error
    ? `${detail.error} evaluating rule: ${rule.rule}`
    : `${detail.message ?? rule.message ?? `failed rule: ${rule.rule}`} (rule: ${rule.rule})`;
  return `${at(where)}: ${text}`;
}

type Exceptions = Readonly<Record<string, string>>;

function check(rule: CelRule, self: () => unknown, path: string, problems: string[], uncompilable: Exceptions): void {
  const compiled = compileRule(rule.rule, rule.messageExpression);
  if (compiled.kind === 'transition') return;
  if (compiled.kind === 'uncompilable') {
    if (!Object.hasOwn(uncompilable, rule.rule))
      problems.push(
        `${at(path)}: the gate cannot evaluate rule ${JSON.stringify(rule.rule)} (${compiled.reason}); implement it or list it in UNCOMPILABLE_RULES with a reason`,
      );
    return;
  }
  let value: unknown;
  try {
    value = self();
  } catch (error) {
    problems.push(failure(rule, path, { error: (error as Error).message }));
    return;
  }
  const verdict = evaluate(compiled.run, value);
  if (verdict.ok) return;
  problems.push(failure(rule, path, verdict.error ? { error: verdict.error } : { message: messageOf(compiled.message, value) }));
}

function walk(value: unknown, schema: SchemaNode, doc: SchemaDocument, path: string, problems: string[], uncompilable: Exceptions): void {
  if (value === undefined || value === null || !hasRules(schema, doc)) return;
  const node = resolveNode(schema, doc);
  const defaulted = withDefaults(value, node);
  const rules = node['x-kubernetes-validations'];
  if (rules) {
    let converted: unknown;
    let done = false;
    const self = () => {
      if (!done) [converted, done] = [toCel(defaulted, node, doc), true];
      return converted;
    };
    for (const rule of rules) check(rule, self, path, problems, uncompilable);
  }
  if (Array.isArray(defaulted)) {
    if (node.items) for (let i = 0; i < defaulted.length; i++) walk(defaulted[i], node.items, doc, `${path}[${i}]`, problems, uncompilable);
    return;
  }
  if (!isObject(defaulted)) return;
  const props = node.properties ?? {};
  const additional = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
  for (const key in defaulted) {
    const child = Object.hasOwn(props, key) ? props[key] : additional;
    if (child) walk(defaulted[key], child, doc, join(path, key), problems, uncompilable);
  }
}

/** Problems of one object under the CEL rules of its schema (none for built-in kinds: their schemas carry no rules). */
export function celProblems(
  object: Record<string, unknown>,
  registry: SchemaRegistry,
  uncompilable: Exceptions = UNCOMPILABLE_RULES,
): string[] {
  const root = registry.rootOf(object.apiVersion as string, object.kind as string);
  const problems: string[] = [];
  if (root?.doc.crd) walk(object, root.node, root.doc, '', problems, uncompilable);
  return problems;
}

export function celRule(options: CelRuleOptions = {}) {
  return (ctx: GateContext): Finding[] => {
    const registry = registryOf(ctx, options.registry ?? shippedSchemas());
    const uncompilable = options.uncompilable ?? UNCOMPILABLE_RULES;
    const findings: Finding[] = [];
    for (const { file, object } of ctx.objects) {
      for (const message of celProblems(object as unknown as Record<string, unknown>, registry, uncompilable))
        findings.push({ file, object, message });
    }
    return findings;
  };
}
