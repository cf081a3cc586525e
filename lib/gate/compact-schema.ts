import { createHash } from 'node:crypto';

/**
 * Turns upstream schemas (the Kubernetes OpenAPI definitions, CRD openAPIV3Schemas) into the compact
 * form committed under imports/schemas/: only the keywords the structural validator reads. Pure
 * functions; apps/import.ts reads and writes the files.
 */

/** A schema node in the subset the validator understands (JSON-schema / OpenAPI v3 structural). */
export interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  required?: string[];
  enum?: unknown[];
  $ref?: string;
  format?: string;
  nullable?: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-list-type'?: string;
  'x-kubernetes-list-map-keys'?: string[];
  /** Applied by the API server before validation (structural defaulting); the CEL rules see it. */
  default?: unknown;
  /** CEL validation rules of this node (`self` is the node's value). */
  'x-kubernetes-validations'?: CelRule[];
}

/** One `x-kubernetes-validations` entry, reduced to what the gate evaluates and reports. */
export interface CelRule {
  readonly rule: string;
  readonly message?: string;
  readonly messageExpression?: string;
  /** Path (`.spec.x`) relative to the node the API server reports the failure at. */
  readonly fieldPath?: string;
}

/** imports/schemas/k8s-1.29.json: definitions plus `apiVersion/kind` -> definition name. */
export interface K8sSchemaFile {
  readonly source: string;
  readonly kinds: Record<string, string>;
  readonly definitions: Record<string, SchemaNode>;
}

/** imports/schemas/<module>-<group>.json: one CRD, one schema per served version. */
export interface CrdSchemaFile {
  readonly group: string;
  readonly kind: string;
  readonly scope: 'Namespaced' | 'Cluster';
  readonly versions: Record<string, SchemaNode>;
  /** Subschemas that occur more than once (pod templates), referenced as `#/definitions/<name>`. */
  readonly definitions?: Record<string, SchemaNode>;
}

const KEEP = new Set<string>([
  'type',
  'properties',
  'additionalProperties',
  'items',
  'required',
  'enum',
  '$ref',
  'nullable',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'x-kubernetes-int-or-string',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-embedded-resource',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
  'default',
  'x-kubernetes-validations',
]);

/**
 * Formats kept: int-or-string (validated), and the ones that give a string another CEL type
 * (duration, timestamp, bytes: kubernetes.io/docs/reference/using-api/cel, "Type checking").
 */
const KEPT_FORMATS = new Set(['int-or-string', 'duration', 'date', 'date-time', 'datetime', 'byte']);

/** Strips a schema node to the validator's keywords (descriptions, examples and most formats go). */
export function compactNode(node: unknown): SchemaNode {
  // A node that is not a schema object (a malformed XRD the schema rule reports on its own) constrains nothing here.
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return {};
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) {
    const value = source[key];
    if (key === 'format') {
      if (KEPT_FORMATS.has(value as string)) out.format = value;
      continue;
    }
    if (!KEEP.has(key)) continue;
    // `x-kubernetes-list-type: atomic` is the default and changes nothing for validation.
    if (key === 'x-kubernetes-list-type' && value === 'atomic') continue;
    if (key === 'properties') {
      if (!value || typeof value !== 'object') continue;
      const props: Record<string, SchemaNode> = {};
      for (const name of Object.keys(value as object).sort()) props[name] = compactNode((value as Record<string, unknown>)[name]);
      out.properties = props;
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = compactNode(value);
    } else if (key === 'x-kubernetes-validations') {
      out[key] = (value as Array<Record<string, unknown>>).map(compactRule);
    } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      // The anyOf of an int-or-string field only restates what the marker says.
      if (source['x-kubernetes-int-or-string'] === true && key === 'anyOf') continue;
      out[key] = (value as unknown[]).map(compactNode);
    } else {
      out[key] = value;
    }
  }
  return out as SchemaNode;
}

function compactRule(raw: Record<string, unknown>): CelRule {
  const rule: Record<string, unknown> = { rule: raw.rule };
  for (const key of ['message', 'messageExpression', 'fieldPath'] as const) if (typeof raw[key] === 'string') rule[key] = raw[key];
  return rule as unknown as CelRule;
}

interface Gvk {
  group: string;
  version: string;
  kind: string;
}

/** `apps/v1` for group `apps`, `v1` for the core group. */
export function apiVersionOf(group: string, version: string): string {
  return group === '' ? version : `${group}/${version}`;
}

/**
 * The Kubernetes definitions reduced to what validation needs: every definition reachable from a
 * top-level kind (List kinds and `status` excluded: the synth never renders them), compacted.
 */
export function compactK8sDefinitions(raw: { definitions: Record<string, unknown> }, source: string): K8sSchemaFile {
  const defs = raw.definitions;
  const kinds: Record<string, string> = {};
  for (const name of Object.keys(defs).sort()) {
    const gvks = (defs[name] as { 'x-kubernetes-group-version-kind'?: Gvk[] })['x-kubernetes-group-version-kind'];
    if (!gvks || gvks.length !== 1 || gvks[0].kind.endsWith('List') || !(defs[name] as { properties?: object }).properties) continue;
    const [gvk] = gvks;
    kinds[`${apiVersionOf(gvk.group, gvk.version)}/${gvk.kind}`] = name;
  }
  const definitions: Record<string, SchemaNode> = {};
  const pending = Object.values(kinds);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (definitions[name]) continue;
    const node = compactNode(defs[name]);
    if (Object.values(kinds).includes(name) && node.properties) delete node.properties.status;
    definitions[name] = node;
    collectRefs(node, pending);
  }
  const sorted: Record<string, SchemaNode> = {};
  for (const name of Object.keys(definitions).sort()) sorted[name] = definitions[name];
  return { source, kinds, definitions: sorted };
}

function collectRefs(node: SchemaNode, into: string[]): void {
  if (node.$ref) into.push(node.$ref.replace('#/definitions/', ''));
  for (const child of Object.values(node.properties ?? {})) collectRefs(child, into);
  if (node.items) collectRefs(node.items, into);
  if (typeof node.additionalProperties === 'object') collectRefs(node.additionalProperties, into);
  for (const list of [node.anyOf, node.oneOf, node.allOf]) for (const child of list ?? []) collectRefs(child, into);
}

interface RawCrd {
  kind?: string;
  spec: {
    group: string;
    scope: 'Namespaced' | 'Cluster';
    names: { kind: string };
    versions: Array<{ name: string; served: boolean; schema?: { openAPIV3Schema?: unknown } }>;
  };
}

/** One CRD reduced to its served versions' schemas (`status` dropped: never rendered). */
export function compactCrd(raw: unknown): CrdSchemaFile {
  const crd = raw as RawCrd;
  if (crd?.kind !== 'CustomResourceDefinition')
    throw new Error(`expected a CustomResourceDefinition, found kind ${JSON.stringify(crd?.kind)}`);
  const versions: Record<string, SchemaNode> = {};
  for (const version of crd.spec.versions) {
    if (!version.served) continue;
    const schema = version.schema?.openAPIV3Schema;
    if (!schema) throw new Error(`CRD ${crd.spec.names.kind} version ${version.name} has no openAPIV3Schema`);
    const node = compactNode(schema);
    if (node.properties) delete node.properties.status;
    versions[version.name] = node;
  }
  const definitions = hoistRepeated(versions);
  return {
    group: crd.spec.group,
    kind: crd.spec.names.kind,
    scope: crd.spec.scope,
    versions,
    ...(Object.keys(definitions).length > 0 ? { definitions } : {}),
  };
}

/** Smallest subschema (serialized characters) worth sharing through a `$ref`. */
const HOIST_MIN_CHARS = 2000;

/**
 * Replaces subschemas that occur more than once in `roots` (in place) by `$ref`s into the returned
 * definitions, named by content hash so regeneration is deterministic. RayCluster repeats the whole
 * pod template per group and version; sharing it divides the file size several times.
 */
export function hoistRepeated(roots: Record<string, SchemaNode>): Record<string, SchemaNode> {
  const counts = new Map<string, number>();
  const serialized = new Map<SchemaNode, string>();
  const count = (node: SchemaNode): string => {
    const text = JSON.stringify(node);
    serialized.set(node, text);
    if (text.length >= HOIST_MIN_CHARS) counts.set(text, (counts.get(text) ?? 0) + 1);
    forEachChild(node, count);
    return text;
  };
  Object.values(roots).forEach(count);
  const definitions: Record<string, SchemaNode> = {};
  const replace = (node: SchemaNode): SchemaNode => {
    const text = serialized.get(node)!;
    if ((counts.get(text) ?? 0) > 1) {
      const name = `shared.${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
      if (!definitions[name]) {
        definitions[name] = node;
        mapChildren(node, replace);
      }
      return { $ref: `#/definitions/${name}` };
    }
    mapChildren(node, replace);
    return node;
  };
  for (const key of Object.keys(roots)) roots[key] = replace(roots[key]);
  const sorted: Record<string, SchemaNode> = {};
  for (const name of Object.keys(definitions).sort()) sorted[name] = definitions[name];
  return sorted;
}

function forEachChild(node: SchemaNode, visit: (child: SchemaNode) => unknown): void {
  for (const child of Object.values(node.properties ?? {})) visit(child);
  if (node.items) visit(node.items);
  if (typeof node.additionalProperties === 'object') visit(node.additionalProperties);
  for (const list of [node.anyOf, node.oneOf, node.allOf]) for (const child of list ?? []) visit(child);
}

function mapChildren(node: SchemaNode, map: (child: SchemaNode) => SchemaNode): void {
  if (node.properties) for (const key of Object.keys(node.properties)) node.properties[key] = map(node.properties[key]);
  if (node.items) node.items = map(node.items);
  if (typeof node.additionalProperties === 'object') node.additionalProperties = map(node.additionalProperties);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) if (node[key]) node[key] = node[key]!.map(map);
}
