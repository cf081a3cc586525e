/**
 * The structural validator compiled: each schema node (per document and strictness) becomes one
 * closure, once, with its `$ref` resolved, property table, required list, enum set and flags
 * precomputed; children compile on first use, so recursive schemas work and unused ones cost
 * nothing. Every value is still checked on every object; only the reading of the schema is done
 * once. Paths are a stack of segments formatted only when a problem is reported. It reports
 * exactly what the plain interpreter in structural.ts reports (test/gate/compiled.test.ts).
 */
import type { SchemaNode } from './compact-schema';
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

/** A JSON path built by push/pop; formatted like the plain validator's strings, only on demand. */
export class PathStack {
  private readonly segments: Array<string | number> = [];
  /** The formatted path, as a function that allocates nothing until called. */
  readonly text = (): string => this.toString();

  /** Empties the stack (one stack serves every object a registry validates), optionally starting at `base`. */
  reset(base?: string): this {
    this.segments.length = 0;
    if (base !== undefined) this.segments.push(base);
    return this;
  }

  push(segment: string | number): void {
    this.segments.push(segment);
  }

  pop(): void {
    this.segments.pop();
  }

  toString(): string {
    let path = '';
    for (const s of this.segments) path = typeof s === 'number' ? `${path}[${s}]` : join(path, s);
    return path;
  }

  /** The path of a child field. */
  with(key: string): string {
    return join(this.toString(), key);
  }
}

export type Check = (value: unknown, path: PathStack, problems: string[]) => void;

const NOOP: Check = () => undefined;
const BOUND_KEYS = [
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
] as const;

export class SchemaCompiler {
  private readonly strict = new Map<SchemaDocument, WeakMap<SchemaNode, Check>>();
  private readonly lax = new Map<SchemaDocument, WeakMap<SchemaNode, Check>>();
  private readonly resources = new Map<SchemaDocument, WeakMap<SchemaNode, Check>>();

  constructor(
    private readonly k8s: SchemaDocument,
    private readonly regex: (pattern: string) => RegExp | null,
  ) {}

  /** The compiled check of `node` in `doc`; `lax` tolerates unknown fields (combinator branches). */
  check(node: SchemaNode | undefined, doc: SchemaDocument, lax: boolean): Check {
    if (!node) return NOOP;
    const cache = cacheOf(lax ? this.lax : this.strict, doc);
    let check = cache.get(node);
    if (!check) {
      check = this.compile(node, doc, lax);
      cache.set(node, check);
    }
    return check;
  }

  /** A custom (or embedded) resource: apiVersion, kind, ObjectMeta, then the body. */
  resource(node: SchemaNode, doc: SchemaDocument): Check {
    const cache = cacheOf(this.resources, doc);
    let check = cache.get(node);
    if (!check) {
      const meta = this.lazy(this.k8s.definitions[OBJECT_META], this.k8s, false);
      const body = this.lazy(bodyOf(node), doc, false);
      check = (value, path, problems) => {
        const object = value as Record<string, unknown>;
        const rest: Record<string, unknown> = {};
        for (const key of Object.keys(object)) {
          if (key === 'metadata') {
            path.push(key);
            meta(object.metadata, path, problems);
            path.pop();
          } else if (key === 'apiVersion' || key === 'kind') {
            if (typeof object[key] !== 'string') problems.push(`${path.with(key)}: expected string, found ${describe(object[key])}`);
          } else rest[key] = object[key];
        }
        body(rest, path, problems);
      };
      cache.set(node, check);
    }
    return check;
  }

  /** Compiles on first call: the schema graph is recursive and mostly unused. */
  private lazy(node: SchemaNode | undefined, doc: SchemaDocument, lax: boolean): Check {
    const slot = this.slot(node, doc, lax);
    return (value, path, problems) => (slot.check ??= this.check(slot.node, doc, lax))(value, path, problems);
  }

  private slot(node: SchemaNode | undefined, doc: SchemaDocument, lax: boolean): Slot {
    return { node, check: node ? cacheOf(lax ? this.lax : this.strict, doc).get(node) : NOOP };
  }

  private compile(schema: SchemaNode, doc: SchemaDocument, lax: boolean): Check {
    let node = schema;
    while (node.$ref) {
      const ref = node.$ref;
      const target = doc.definitions[ref.slice(ref.lastIndexOf('/') + 1)];
      if (!target)
        return (_value, path, problems) => void problems.push(`${at(path.toString())}: schema reference ${ref} does not resolve`);
      node = target;
    }
    const { crd } = doc;
    const nullable = node.nullable;
    const intOrString = node['x-kubernetes-int-or-string'] || node.format === 'int-or-string';
    const type = node.type;
    const typeOk = type === undefined ? undefined : typeTest(type);
    const enumValues = node.enum;
    const enumSet = enumValues ? new Set(enumValues) : undefined;
    const bounds = crd && BOUND_KEYS.some((k) => node[k] !== undefined);
    const combinators = node.oneOf || node.anyOf || node.allOf ? this.combinators(node, doc) : undefined;
    const items = node.items ? this.slot(node.items, doc, lax) : undefined;
    const listType = node['x-kubernetes-list-type'] === 'set' || node['x-kubernetes-list-type'] === 'map';
    const required = node.required && node.required.length > 0 ? node.required : undefined;
    const embedded = node['x-kubernetes-embedded-resource'] ? this.resource(node, doc) : undefined;
    const schemaProps = node.properties;
    const props = schemaProps ? new Map(Object.keys(schemaProps).map((k) => [k, this.slot(schemaProps[k], doc, lax)])) : undefined;
    const additional = node.additionalProperties;
    const additionalSlot = typeof additional === 'object' ? this.slot(additional, doc, lax) : undefined;
    // Built-in types without properties (RawExtension, FieldsV1) are free-form; CRD objects are pruned.
    const tolerant =
      additional === true ||
      node['x-kubernetes-preserve-unknown-fields'] === true ||
      (!crd && !schemaProps && additional === undefined) ||
      lax;
    return (value, path, problems) => {
      if (value === undefined) {
        problems.push(
          `${at(path.toString())}: value is undefined (a construct passed a plain value where the binding expects e.g. Quantity.fromString(...))`,
        );
        return;
      }
      if (value === null) {
        if (!crd || nullable) return;
        problems.push(`${at(path.toString())}: null is not allowed here`);
        return;
      }
      if (intOrString) {
        if (typeof value !== 'string' && !Number.isInteger(value))
          problems.push(`${at(path.toString())}: expected integer or string, found ${describe(value)}`);
        return;
      }
      if (typeOk && !typeOk(value)) {
        problems.push(`${at(path.toString())}: expected ${type}, found ${describe(value)}`);
        return;
      }
      if (enumSet && !enumSet.has(value)) problems.push(`${at(path.toString())}: ${enumMessage(value, enumValues!)}`);
      if (bounds) checkBounds(value, node, this.regex, path.text, problems);
      if (combinators) combinators(value, path, problems);
      if (Array.isArray(value)) {
        if (items) {
          const check = (items.check ??= this.check(items.node, doc, lax));
          for (let i = 0; i < value.length; i++) {
            path.push(i);
            check(value[i], path, problems);
            path.pop();
          }
        }
        if (listType) checkListType(value, node, path.text, problems);
        return;
      }
      if (typeof value !== 'object') return;
      const object = value as Record<string, unknown>;
      if (required)
        for (const key of required) if (object[key] === undefined) problems.push(`${path.with(key)}: required field is missing`);
      if (embedded) {
        embedded(object, path, problems);
        return;
      }
      // for-in walks the same own keys as Object.keys on plain JSON objects, without allocating an array.
      for (const key in object) {
        const child = object[key];
        if (typeof child === 'number' && badPort(key, child)) problems.push(`${path.with(key)}: ${child} is not a port number (1-65535)`);
        const slot = props?.get(key) ?? additionalSlot;
        if (slot) {
          path.push(key);
          (slot.check ??= this.check(slot.node, doc, lax))(child, path, problems);
          path.pop();
        } else if (!tolerant) problems.push(`${path.with(key)}: unknown field${suggestion(key, schemaProps)}`);
      }
    };
  }

  /** allOf, anyOf and oneOf; branches only add constraints, unknown fields are judged by the node itself (lax branches). */
  private combinators(node: SchemaNode, doc: SchemaDocument): Check {
    const allOf = (node.allOf ?? []).map((b) => this.lazy(b, doc, true));
    const anyOf = node.anyOf?.map((b) => this.branch(b, doc));
    const oneOf = node.oneOf?.map((b) => this.branch(b, doc));
    const types = node.oneOf ? bareTypes(node.oneOf) : [];
    return (value, path, problems) => {
      for (const branch of allOf) branch(value, path, problems);
      if (anyOf && !anyOf.some((passes) => passes(value, path)))
        problems.push(`${at(path.toString())}: matches none of the allowed forms (anyOf)`);
      if (oneOf) {
        let matching = 0;
        for (const passes of oneOf) if (passes(value, path)) matching++;
        if (matching === 0 && types.every((t) => t !== undefined)) {
          problems.push(`${at(path.toString())}: expected ${types.join(' or ')}, found ${describe(value)}`);
          return;
        }
        // Built-in oneOf (Quantity, IntOrString) lists disjoint types; CRDs mean exactly one.
        if (matching === 0 || (doc.crd && matching > 1))
          problems.push(`${at(path.toString())}: must match exactly one of the allowed forms (oneOf), matches ${matching}`);
      }
    };
  }

  /** Whether a value passes a (lax) branch; a bare `{type}` branch is a type test. */
  private branch(node: SchemaNode, doc: SchemaDocument): (value: unknown, path: PathStack) => boolean {
    const keys = Object.keys(node);
    const type = node.type;
    // A bare type rejects undefined and (in CRDs, not nullable) null like the full check does; built-in docs accept null.
    if (keys.length === 1 && type !== undefined)
      return (value) => (value === null ? !doc.crd : value !== undefined && hasType(value, type));
    const check = this.lazy(node, doc, true);
    return (value, path) => {
      const found: string[] = [];
      check(value, path, found);
      return found.length === 0;
    };
  }
}

interface Slot {
  readonly node: SchemaNode | undefined;
  check?: Check;
}

/** A type test specialized at compile time (hasType of schema-values.ts, without the switch per value). */
function typeTest(type: string): (value: unknown) => boolean {
  switch (type) {
    case 'object':
      return (value) => typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray;
    case 'string':
      return (value) => typeof value === 'string';
    case 'integer':
      return Number.isInteger;
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    default:
      return (value) => hasType(value, type);
  }
}

function cacheOf(maps: Map<SchemaDocument, WeakMap<SchemaNode, Check>>, doc: SchemaDocument): WeakMap<SchemaNode, Check> {
  let cache = maps.get(doc);
  if (!cache) maps.set(doc, (cache = new WeakMap()));
  return cache;
}
