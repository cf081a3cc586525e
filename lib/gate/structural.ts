/**
 * A small, strict structural validator over the JSON-schema subset Kubernetes uses: type,
 * properties, additionalProperties, items, required, enum, $ref, int-or-string, nullable,
 * preserve-unknown-fields, embedded resources, list-type set/map uniqueness, and the value bounds
 * of CRD schemas (pattern, lengths, minimum/maximum, item and property counts). Unknown fields
 * fail with their path, as `kubectl apply --validate=strict` does.
 *
 * Built-in kinds are looked up by `apiVersion/kind` in the Kubernetes definitions, custom resources
 * in the CRD schemas; `metadata` of a custom resource is checked against ObjectMeta.
 *
 * By default objects go through the compiled validator (compiled.ts); the interpreter below is the
 * plain reference it must agree with (`{ compiled: false }`, test/gate/compiled.test.ts).
 */
import { apiVersionOf, type CrdSchemaFile, type SchemaNode } from './compact-schema';
import { PathStack, SchemaCompiler } from './compiled';
import {
  at,
  badPort,
  bareTypes,
  bodyOf,
  checkBounds,
  checkListType,
  describe,
  enumMessage,
  hasType,
  join,
  OBJECT_META,
  type SchemaDocument,
  suggestion,
} from './schema-values';

/** The schema of one `apiVersion/kind` and the document its `$ref`s resolve in. */
export interface SchemaRoot {
  readonly node: SchemaNode;
  readonly doc: SchemaDocument;
}
type Root = SchemaRoot;

/** The Kubernetes definitions, compacted (`kinds` given) or raw (`kinds` derived from x-kubernetes-group-version-kind). */
export interface K8sDefinitionsInput {
  readonly definitions: Readonly<Record<string, unknown>>;
  readonly kinds?: Readonly<Record<string, string>>;
}

export interface SchemaRegistryOptions {
  /**
   * Validate through schema nodes compiled once into closures (compiled.ts) instead of
   * interpreting the schema on every object; both report the same problems.
   * @default true
   */
  readonly compiled?: boolean;
}

export class SchemaRegistry {
  private readonly roots = new Map<string, Root>();
  /** `apiVersion` -> `kind` -> root: the per-object lookup without building a key string. */
  private readonly byVersion = new Map<string, Map<string, Root>>();
  private readonly k8s: SchemaDocument;
  private readonly patterns = new Map<string, RegExp | null>();
  private readonly compiler?: SchemaCompiler;
  private readonly path = new PathStack();

  constructor(k8s: K8sDefinitionsInput, crds: readonly CrdSchemaFile[], options: SchemaRegistryOptions = {}) {
    this.k8s = { definitions: k8s.definitions as Record<string, SchemaNode>, crd: false };
    if (options.compiled ?? true) this.compiler = new SchemaCompiler(this.k8s, (pattern) => this.regex(pattern));
    const kinds = k8s.kinds ?? deriveKinds(k8s.definitions);
    for (const [key, name] of Object.entries(kinds)) {
      const node = this.k8s.definitions[name];
      if (!node) throw new Error(`Kubernetes schema: kind ${key} refers to missing definition ${name}`);
      this.addRoot(key, { node, doc: this.k8s });
    }
    this.addCrds(crds);
  }

  private addRoot(key: string, root: Root): void {
    if (this.roots.has(key)) throw new Error(`schema for ${key} is defined twice`);
    this.roots.set(key, root);
    const slash = key.lastIndexOf('/');
    const version = key.slice(0, slash);
    if (!this.byVersion.has(version)) this.byVersion.set(version, new Map());
    this.byVersion.get(version)!.set(key.slice(slash + 1), root);
  }

  private addCrds(crds: readonly CrdSchemaFile[]): void {
    for (const crd of crds) {
      const doc: SchemaDocument = { definitions: crd.definitions ?? {}, crd: true };
      for (const [version, node] of Object.entries(crd.versions))
        this.addRoot(`${apiVersionOf(crd.group, version)}/${crd.kind}`, { node, doc });
    }
  }

  /**
   * This registry plus `crds` (kinds a target defines itself, such as its Crossplane XRDs), sharing
   * everything compiled so far; throws when one of them is already defined.
   */
  extend(crds: readonly CrdSchemaFile[]): SchemaRegistry {
    if (crds.length === 0) return this;
    const next = Object.create(SchemaRegistry.prototype) as SchemaRegistry;
    Object.assign(next, this, {
      roots: new Map(this.roots),
      byVersion: new Map([...this.byVersion].map(([version, kinds]) => [version, new Map(kinds)])),
      path: new PathStack(),
    });
    next.addCrds(crds);
    return next;
  }

  /** True when `apiVersion/kind` has a schema. */
  has(apiVersion: string, kind: string): boolean {
    return this.roots.has(`${apiVersion}/${kind}`);
  }

  /** The schema of `apiVersion/kind`, or undefined. */
  rootOf(apiVersion: string, kind: string): SchemaRoot | undefined {
    return this.byVersion.get(apiVersion)?.get(kind);
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
    const root = this.byVersion.get(object.apiVersion as string)?.get(object.kind as string);
    if (!root) return undefined;
    const problems: string[] = [];
    if (this.compiler) {
      const check = root.doc.crd ? this.compiler.resource(root.node, root.doc) : this.compiler.check(root.node, root.doc, false);
      check(object, this.path.reset(), problems);
    } else if (root.doc.crd) {
      this.checkResource(object, root.node, root.doc, '', problems);
    } else {
      this.check(object, root.node, root.doc, '', problems, false);
    }
    return problems;
  }

  /** A custom resource (or embedded resource): apiVersion, kind, ObjectMeta, then the rest. */
  private checkResource(object: Record<string, unknown>, node: SchemaNode, doc: SchemaDocument, path: string, problems: string[]): void {
    const rest: Record<string, unknown> = {};
    for (const key of Object.keys(object)) {
      if (key === 'metadata')
        this.check(object.metadata, this.k8s.definitions[OBJECT_META], this.k8s, join(path, 'metadata'), problems, false);
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
      problems.push(
        `${at(path)}: value is undefined (a construct passed a plain value where the binding expects e.g. Quantity.fromString(...))`,
      );
      return;
    }
    if (value === null) {
      if (!doc.crd || node.nullable) return;
      problems.push(`${at(path)}: null is not allowed here`);
      return;
    }
    if (node['x-kubernetes-int-or-string'] || node.format === 'int-or-string') {
      if (typeof value !== 'string' && !Number.isInteger(value))
        problems.push(`${at(path)}: expected integer or string, found ${describe(value)}`);
      return;
    }
    if (node.type !== undefined && !hasType(value, node.type)) {
      problems.push(`${at(path)}: expected ${node.type}, found ${describe(value)}`);
      return;
    }
    if (node.enum && !node.enum.includes(value)) problems.push(`${at(path)}: ${enumMessage(value, node.enum)}`);
    if (doc.crd)
      checkBounds(
        value,
        node,
        (pattern) => this.regex(pattern),
        () => path,
        problems,
      );
    if (node.oneOf || node.anyOf || node.allOf) this.checkCombinators(value, node, doc, path, problems);
    if (Array.isArray(value)) {
      if (node.items) for (let i = 0; i < value.length; i++) this.check(value[i], node.items, doc, `${path}[${i}]`, problems, lax);
      checkListType(value, node, () => path, problems);
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
      if (typeof child === 'number' && badPort(key, child)) problems.push(`${join(path, key)}: ${child} is not a port number (1-65535)`);
      if (propSchema) this.check(child, propSchema, doc, join(path, key), problems, lax);
      else if (typeof additional === 'object') this.check(child, additional, doc, join(path, key), problems, lax);
      else if (additional === true || freeForm || lax) continue;
      else problems.push(`${join(path, key)}: unknown field${suggestion(key, props)}`);
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
      const types = bareTypes(node.oneOf);
      if (matching === 0 && types.every((t) => t !== undefined)) {
        problems.push(`${at(path)}: expected ${types.join(' or ')}, found ${describe(value)}`);
        return;
      }
      // Built-in oneOf (Quantity, IntOrString) lists disjoint types; CRDs mean exactly one.
      if (matching === 0 || (doc.crd && matching > 1))
        problems.push(`${at(path)}: must match exactly one of the allowed forms (oneOf), matches ${matching}`);
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

function deriveKinds(definitions: Readonly<Record<string, unknown>>): Record<string, string> {
  const kinds: Record<string, string> = {};
  for (const [name, def] of Object.entries(definitions)) {
    const gvks = (def as { 'x-kubernetes-group-version-kind'?: Array<{ group: string; version: string; kind: string }> })[
      'x-kubernetes-group-version-kind'
    ];
    if (gvks?.length === 1) kinds[`${apiVersionOf(gvks[0].group, gvks[0].version)}/${gvks[0].kind}`] = name;
  }
  return kinds;
}
