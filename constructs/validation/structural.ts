/**
 * A small, strict structural validator over the JSON-schema subset Kubernetes uses: type,
 * properties, additionalProperties, items, required, enum, $ref, int-or-string, nullable,
 * preserve-unknown-fields, embedded resources, list-type set/map uniqueness, and the value bounds
 * of CRD schemas (pattern, lengths, minimum/maximum, item and property counts). Unknown fields
 * fail with their path, as `kubectl apply --validate=strict` does.
 *
 * Built-in kinds are looked up by `apiVersion/kind` in the Kubernetes definitions, custom resources
 * in the CRD schemas; `metadata` of a custom resource is checked against ObjectMeta.
 */
import { closestKey } from '../../config/suggest';
import { apiVersionOf, type CrdSchemaFile, type SchemaNode } from './compact-schema';

const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
/** Fields the API server range-checks as ports beyond their schema's int32 (a semantic check, applied to every kind). */
const PORT_FIELDS = new Set(['port', 'containerPort', 'targetPort', 'hostPort', 'nodePort', 'servicePort']);

/** Where a schema node lives: its `$ref` namespace, and whether CRD (structural) rules apply. */
interface SchemaDocument {
  readonly definitions: Readonly<Record<string, SchemaNode>>;
  /** CRD schemas prune (reject) fields of objects without properties; built-in types do not. */
  readonly crd: boolean;
}

interface Root {
  readonly node: SchemaNode;
  readonly doc: SchemaDocument;
}

/** The Kubernetes definitions, compacted (`kinds` given) or raw (`kinds` derived from x-kubernetes-group-version-kind). */
export interface K8sDefinitionsInput {
  readonly definitions: Readonly<Record<string, unknown>>;
  readonly kinds?: Readonly<Record<string, string>>;
}

export class SchemaRegistry {
  private readonly roots = new Map<string, Root>();
  private readonly k8s: SchemaDocument;
  private readonly patterns = new Map<string, RegExp | null>();

  constructor(k8s: K8sDefinitionsInput, crds: readonly CrdSchemaFile[]) {
    this.k8s = { definitions: k8s.definitions as Record<string, SchemaNode>, crd: false };
    const kinds = k8s.kinds ?? deriveKinds(k8s.definitions);
    for (const [key, name] of Object.entries(kinds)) {
      const node = this.k8s.definitions[name];
      if (!node) throw new Error(`Kubernetes schema: kind ${key} refers to missing definition ${name}`);
      this.roots.set(key, { node, doc: this.k8s });
    }
    for (const crd of crds) {
      const doc: SchemaDocument = { definitions: crd.definitions ?? {}, crd: true };
      for (const [version, node] of Object.entries(crd.versions)) {
        const key = `${apiVersionOf(crd.group, version)}/${crd.kind}`;
        if (this.roots.has(key)) throw new Error(`schema for ${key} is defined twice`);
        this.roots.set(key, { node, doc });
      }
    }
  }

  /** True when `apiVersion/kind` has a schema. */
  has(apiVersion: string, kind: string): boolean {
    return this.roots.has(`${apiVersion}/${kind}`);
  }

  /** Every `apiVersion/kind` with a schema. */
  kinds(): string[] {
    return [...this.roots.keys()].sort();
  }

  /**
   * Problems of one object (`path: message`), or undefined when its kind has no schema. The
   * object must have `apiVersion` and `kind` strings.
   */
  validate(object: Record<string, unknown>): string[] | undefined {
    const root = this.roots.get(`${object.apiVersion}/${object.kind}`);
    if (!root) return undefined;
    const problems: string[] = [];
    if (root.doc.crd) {
      this.checkResource(object, root.node, root.doc, '', problems);
    } else {
      this.check(object, root.node, root.doc, '', problems, false);
    }
    return problems;
  }

  /** Problems of `metadata` alone (ObjectMeta), for kinds without a schema of their own. */
  validateEnvelope(object: Record<string, unknown>): string[] {
    const problems: string[] = [];
    this.check(object.metadata, this.k8s.definitions[OBJECT_META], this.k8s, 'metadata', problems, false);
    return problems;
  }

  /** A custom resource (or embedded resource): apiVersion, kind, ObjectMeta, then the rest. */
  private checkResource(object: Record<string, unknown>, node: SchemaNode, doc: SchemaDocument, path: string, problems: string[]): void {
    const rest: Record<string, unknown> = {};
    for (const key of Object.keys(object)) {
      if (key === 'metadata') this.check(object.metadata, this.k8s.definitions[OBJECT_META], this.k8s, join(path, 'metadata'), problems, false);
      else if (key === 'apiVersion' || key === 'kind') {
        if (typeof object[key] !== 'string') problems.push(`${join(path, key)}: expected string, found ${describe(object[key])}`);
      } else rest[key] = object[key];
    }
    this.check(rest, bodyOf(node), doc, path, problems, false);
  }

  private check(value: unknown, schema: SchemaNode | undefined, doc: SchemaDocument, path: string, problems: string[], lax: boolean): void {
    if (!schema) return;
    let node = schema;
    while (node.$ref) {
      const name = node.$ref.slice(node.$ref.lastIndexOf('/') + 1);
      const target = doc.definitions[name];
      if (!target) {
        problems.push(`${at(path)}: schema reference ${node.$ref} does not resolve`);
        return;
      }
      node = target;
    }
    if (value === undefined) {
      // cdk8s bindings turn a plain value passed where they expect a class (Quantity, IntOrString) into undefined.
      problems.push(`${at(path)}: value is undefined (a construct passed a plain value where the binding expects e.g. Quantity.fromString(...))`);
      return;
    }
    if (value === null) {
      if (!doc.crd || node.nullable) return;
      problems.push(`${at(path)}: null is not allowed here`);
      return;
    }
    if (node['x-kubernetes-int-or-string'] || node.format === 'int-or-string') {
      if (typeof value !== 'string' && !Number.isInteger(value)) problems.push(`${at(path)}: expected integer or string, found ${describe(value)}`);
      return;
    }
    if (node.type !== undefined && !hasType(value, node.type)) {
      problems.push(`${at(path)}: expected ${node.type}, found ${describe(value)}`);
      return;
    }
    if (node.enum && !node.enum.includes(value)) {
      problems.push(`${at(path)}: ${describe(value)} is not one of ${node.enum.map((e) => JSON.stringify(e)).join(', ')}`);
    }
    if (doc.crd) this.checkBounds(value, node, path, problems);
    if (node.oneOf || node.anyOf || node.allOf) this.checkCombinators(value, node, doc, path, problems);
    if (Array.isArray(value)) {
      if (node.items) for (let i = 0; i < value.length; i++) this.check(value[i], node.items, doc, `${path}[${i}]`, problems, lax);
      checkListType(value, node, path, problems);
      return;
    }
    if (typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    if (node.required) {
      for (const key of node.required) if (object[key] === undefined) problems.push(`${join(path, key)}: required field is missing`);
    }
    if (node['x-kubernetes-embedded-resource']) {
      this.checkResource(object, node, doc, path, problems);
      return;
    }
    const props = node.properties;
    const additional = node.additionalProperties;
    const preserve = node['x-kubernetes-preserve-unknown-fields'] === true;
    // Built-in types without properties (RawExtension, FieldsV1) are free-form; CRD objects are pruned.
    const freeForm = preserve || (!doc.crd && !props && additional === undefined);
    for (const key of Object.keys(object)) {
      const child = object[key];
      const propSchema = props && Object.hasOwn(props, key) ? props[key] : undefined;
      if (typeof child === 'number' && PORT_FIELDS.has(key) && !(child >= 1 && child <= 65535) && !(child === 0 && key !== 'port' && key !== 'containerPort')) {
        problems.push(`${join(path, key)}: ${child} is not a port number (1-65535)`);
      }
      if (propSchema) this.check(child, propSchema, doc, join(path, key), problems, lax);
      else if (typeof additional === 'object') this.check(child, additional, doc, join(path, key), problems, lax);
      else if (additional === true || freeForm || lax) continue;
      else problems.push(`${join(path, key)}: unknown field${suggestion(key, props)}`);
    }
  }

  private checkBounds(value: unknown, node: SchemaNode, path: string, problems: string[]): void {
    if (typeof value === 'string') {
      if (node.minLength !== undefined && value.length < node.minLength) problems.push(`${at(path)}: shorter than ${node.minLength} characters`);
      if (node.maxLength !== undefined && value.length > node.maxLength) problems.push(`${at(path)}: longer than ${node.maxLength} characters`);
      if (node.pattern !== undefined) {
        const re = this.regex(node.pattern);
        if (re && !re.test(value)) problems.push(`${at(path)}: ${JSON.stringify(value)} does not match ${node.pattern}`);
      }
    } else if (typeof value === 'number') {
      if (node.minimum !== undefined && (node.exclusiveMinimum ? value <= node.minimum : value < node.minimum)) problems.push(`${at(path)}: ${value} is below the minimum ${node.minimum}`);
      if (node.maximum !== undefined && (node.exclusiveMaximum ? value >= node.maximum : value > node.maximum)) problems.push(`${at(path)}: ${value} is above the maximum ${node.maximum}`);
    } else if (Array.isArray(value)) {
      if (node.minItems !== undefined && value.length < node.minItems) problems.push(`${at(path)}: fewer than ${node.minItems} items`);
      if (node.maxItems !== undefined && value.length > node.maxItems) problems.push(`${at(path)}: more than ${node.maxItems} items`);
    } else if (typeof value === 'object' && value !== null) {
      const n = Object.keys(value).length;
      if (node.minProperties !== undefined && n < node.minProperties) problems.push(`${at(path)}: fewer than ${node.minProperties} fields`);
      if (node.maxProperties !== undefined && n > node.maxProperties) problems.push(`${at(path)}: more than ${node.maxProperties} fields`);
    }
  }

  private checkCombinators(value: unknown, node: SchemaNode, doc: SchemaDocument, path: string, problems: string[]): void {
    // Branches only add constraints; unknown fields are judged by the node itself (lax branches).
    const passes = (branch: SchemaNode): boolean => {
      const found: string[] = [];
      this.check(value, branch, doc, path, found, true);
      return found.length === 0;
    };
    for (const branch of node.allOf ?? []) this.check(value, branch, doc, path, problems, true);
    if (node.anyOf && !node.anyOf.some(passes)) problems.push(`${at(path)}: matches none of the allowed forms (anyOf)`);
    if (node.oneOf) {
      const matching = node.oneOf.filter(passes).length;
      const types = node.oneOf.map((b) => (Object.keys(b).length === 1 ? b.type : undefined));
      if (matching === 0 && types.every((t) => t !== undefined)) {
        problems.push(`${at(path)}: expected ${types.join(' or ')}, found ${describe(value)}`);
        return;
      }
      // Built-in oneOf (Quantity, IntOrString) lists disjoint types; CRDs mean exactly one.
      if (matching === 0 || (doc.crd && matching > 1)) problems.push(`${at(path)}: must match exactly one of the allowed forms (oneOf), matches ${matching}`);
    }
  }

  private regex(pattern: string): RegExp | null {
    let re = this.patterns.get(pattern);
    if (re === undefined) {
      try {
        re = new RegExp(pattern, 'u');
      } catch {
        // RE2 syntax JavaScript cannot compile: the API server still checks it.
        re = null;
      }
      this.patterns.set(pattern, re);
    }
    return re;
  }
}

const RESOURCE_KEYS = new Set(['apiVersion', 'kind', 'metadata']);
const bodies = new WeakMap<SchemaNode, SchemaNode>();

/** The schema of a resource without apiVersion, kind and metadata (checked separately). */
function bodyOf(node: SchemaNode): SchemaNode {
  let body = bodies.get(node);
  if (!body) {
    const { 'x-kubernetes-embedded-resource': _embedded, ...rest } = node;
    body = { ...rest };
    if (node.properties) body.properties = Object.fromEntries(Object.entries(node.properties).filter(([k]) => !RESOURCE_KEYS.has(k)));
    if (node.required) body.required = node.required.filter((k) => !RESOURCE_KEYS.has(k));
    bodies.set(node, body);
  }
  return body;
}

function checkListType(list: unknown[], node: SchemaNode, path: string, problems: string[]): void {
  const type = node['x-kubernetes-list-type'];
  if (type === 'set') {
    const seen = new Set<unknown>();
    for (const item of list) {
      if (typeof item === 'object' && item !== null) continue;
      if (seen.has(item)) problems.push(`${at(path)}: duplicate entry ${JSON.stringify(item)} in a set`);
      seen.add(item);
    }
  } else if (type === 'map' && node['x-kubernetes-list-map-keys']) {
    const keys = node['x-kubernetes-list-map-keys'];
    const seen = new Set<string>();
    for (const item of list) {
      if (typeof item !== 'object' || item === null) continue;
      const id = keys.map((k) => String((item as Record<string, unknown>)[k] ?? '')).join('\u0000');
      if (seen.has(id)) problems.push(`${at(path)}: duplicate entry with ${keys.map((k) => `${k}=${JSON.stringify((item as Record<string, unknown>)[k])}`).join(', ')}`);
      seen.add(id);
    }
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'number') return `${Number.isInteger(value) ? 'integer' : 'number'} ${value}`;
  return `${typeof value} ${String(value)}`;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function at(path: string): string {
  return path === '' ? '(root)' : path;
}

function suggestion(key: string, props: Record<string, SchemaNode> | undefined): string {
  if (!props) return ' (this object takes no fields)';
  const known = Object.keys(props);
  const best = closestKey(key, known);
  if (best !== undefined) return ` (did you mean "${best}"?)`;
  return known.length <= 12 ? ` (known fields: ${known.sort().join(', ')})` : '';
}

function deriveKinds(definitions: Readonly<Record<string, unknown>>): Record<string, string> {
  const kinds: Record<string, string> = {};
  for (const [name, def] of Object.entries(definitions)) {
    const gvks = (def as { 'x-kubernetes-group-version-kind'?: Array<{ group: string; version: string; kind: string }> })['x-kubernetes-group-version-kind'];
    if (gvks?.length === 1) kinds[`${apiVersionOf(gvks[0].group, gvks[0].version)}/${gvks[0].kind}`] = name;
  }
  return kinds;
}
