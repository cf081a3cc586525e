/**
 * A custom resource as CEL sees it in the API server: structural defaults applied (a rule sees a
 * defaulted field as present), every value typed by its schema (integer -> int, number -> double,
 * int-or-string -> int or string, duration/date-time/date/byte strings -> duration/timestamp/bytes),
 * objects as maps whose declared property names are escaped as the API server escapes them.
 */
import { formatted } from './cel';
import type { SchemaNode } from './compact-schema';
import type { SchemaDocument } from './schema-values';

const EMPTY: SchemaNode = {};

/** `node` with its `$ref`s followed (an unresolvable one reads as the empty schema: the structural rule reports it). */
export function resolveNode(node: SchemaNode | undefined, doc: SchemaDocument): SchemaNode {
  let current = node ?? EMPTY;
  while (current.$ref) current = doc.definitions[current.$ref.slice(current.$ref.lastIndexOf('/') + 1)] ?? EMPTY;
  return current;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object with the defaults of its absent properties filled in (one level; a new object only when one applies). */
export function withDefaults(value: unknown, node: SchemaNode): unknown {
  const props = node.properties;
  if (!props || !isPlainObject(value)) return value;
  let out: Record<string, unknown> | undefined;
  for (const key in props) {
    const fallback = props[key].default;
    if (fallback === undefined || value[key] !== undefined) continue;
    out ??= { ...value };
    out[key] = structuredClone(fallback);
  }
  return out ?? value;
}

const RESERVED = new Set([
  'true',
  'false',
  'null',
  'in',
  'as',
  'break',
  'const',
  'continue',
  'else',
  'for',
  'function',
  'if',
  'import',
  'let',
  'loop',
  'package',
  'namespace',
  'return',
  'var',
]);

const escaped = new Map<string, string | undefined>();

/**
 * The name CEL reaches a declared property by (Kubernetes escaping): reserved words become
 * `__word__`; `__`, `.`, `-`, `/` become `__underscores__`, `__dot__`, `__dash__`, `__slash__`;
 * any other character makes the property unreachable (undefined).
 */
export function escapePropertyName(name: string): string | undefined {
  if (escaped.has(name)) return escaped.get(name);
  let result: string | undefined;
  if (RESERVED.has(name)) result = `__${name}__`;
  else if (/^[a-zA-Z_.\-/][a-zA-Z0-9_.\-/]*$/.test(name))
    result = name.replace(/__/g, '__underscores__').replace(/\./g, '__dot__').replace(/-/g, '__dash__').replace(/\//g, '__slash__');
  escaped.set(name, result);
  return result;
}

/** A JSON value of schema `node` converted to a CEL input value (defaults applied throughout). */
export function toCel(value: unknown, schema: SchemaNode | undefined, doc: SchemaDocument): unknown {
  const node = resolveNode(schema, doc);
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (node.type === 'number') return value;
    return Number.isInteger(value) ? BigInt(value) : value;
  }
  if (typeof value === 'string') return node.type === 'string' ? formatted(value, node.format) : value;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => toCel(item, node.items, doc));
  const object = withDefaults(value, node) as Record<string, unknown>;
  const props = node.properties;
  const additional = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
  const map = new Map<string, unknown>();
  for (const key in object) {
    if (props && Object.hasOwn(props, key)) {
      const name = escapePropertyName(key);
      if (name !== undefined) map.set(name, toCel(object[key], props[key], doc));
    } else {
      // Map entries (additionalProperties) and preserved unknown fields keep their keys.
      map.set(key, toCel(object[key], additional, doc));
    }
  }
  return map;
}
