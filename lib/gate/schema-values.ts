/**
 * What the plain (structural.ts) and compiled (compiled.ts) validators share: schema documents,
 * value checks, and the message formats, so both report exactly the same problems.
 */
import { closestKey } from '../model/suggest';
import type { SchemaNode } from './compact-schema';

export const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
/** Fields the API server range-checks as ports beyond their schema's int32 (a semantic check, applied to every kind). */
export const PORT_FIELDS: ReadonlySet<string> = new Set(['port', 'containerPort', 'targetPort', 'hostPort', 'nodePort', 'servicePort']);

/** Where a schema node lives: its `$ref` namespace, and whether CRD (structural) rules apply. */
export interface SchemaDocument {
  readonly definitions: Readonly<Record<string, SchemaNode>>;
  /** CRD schemas prune (reject) fields of objects without properties; built-in types do not. */
  readonly crd: boolean;
}

/** True when `child` under `key` is a number outside the port range (0 allowed except for port and containerPort). */
export function badPort(key: string, child: number): boolean {
  return PORT_FIELDS.has(key) && !(child >= 1 && child <= 65535) && !(child === 0 && key !== 'port' && key !== 'containerPort');
}

const RESOURCE_KEYS = new Set(['apiVersion', 'kind', 'metadata']);
const bodies = new WeakMap<SchemaNode, SchemaNode>();

/** The schema of a resource without apiVersion, kind and metadata (checked separately). */
export function bodyOf(node: SchemaNode): SchemaNode {
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

/** list-type set/map uniqueness; `pathOf` is called only when there is something to report. */
export function checkListType(list: unknown[], node: SchemaNode, pathOf: () => string, problems: string[]): void {
  const type = node['x-kubernetes-list-type'];
  if (type === 'set') {
    const seen = new Set<unknown>();
    for (const item of list) {
      if (typeof item === 'object' && item !== null) continue;
      if (seen.has(item)) problems.push(`${at(pathOf())}: duplicate entry ${JSON.stringify(item)} in a set`);
      seen.add(item);
    }
  } else if (type === 'map' && node['x-kubernetes-list-map-keys']) {
    const keys = node['x-kubernetes-list-map-keys'];
    const seen = new Set<string>();
    for (const item of list) {
      if (typeof item !== 'object' || item === null) continue;
      const id = keys.map((k) => String((item as Record<string, unknown>)[k] ?? '')).join('\u0000');
      if (seen.has(id))
        problems.push(
          `${at(pathOf())}: duplicate entry with ${keys.map((k) => `${k}=${JSON.stringify((item as Record<string, unknown>)[k])}`).join(', ')}`,
        );
      seen.add(id);
    }
  }
}

/** CRD value bounds (pattern, lengths, minimum/maximum, item and property counts). */
export function checkBounds(
  value: unknown,
  node: SchemaNode,
  regex: (pattern: string) => RegExp | null,
  pathOf: () => string,
  problems: string[],
): void {
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength)
      problems.push(`${at(pathOf())}: shorter than ${node.minLength} characters`);
    if (node.maxLength !== undefined && value.length > node.maxLength)
      problems.push(`${at(pathOf())}: longer than ${node.maxLength} characters`);
    if (node.pattern !== undefined) {
      const re = regex(node.pattern);
      if (re && !re.test(value)) problems.push(`${at(pathOf())}: ${JSON.stringify(value)} does not match ${node.pattern}`);
    }
  } else if (typeof value === 'number') {
    if (node.minimum !== undefined && (node.exclusiveMinimum ? value <= node.minimum : value < node.minimum))
      problems.push(`${at(pathOf())}: ${value} is below the minimum ${node.minimum}`);
    if (node.maximum !== undefined && (node.exclusiveMaximum ? value >= node.maximum : value > node.maximum))
      problems.push(`${at(pathOf())}: ${value} is above the maximum ${node.maximum}`);
  } else if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) problems.push(`${at(pathOf())}: fewer than ${node.minItems} items`);
    if (node.maxItems !== undefined && value.length > node.maxItems) problems.push(`${at(pathOf())}: more than ${node.maxItems} items`);
  } else if (typeof value === 'object' && value !== null) {
    const n = Object.keys(value).length;
    if (node.minProperties !== undefined && n < node.minProperties)
      problems.push(`${at(pathOf())}: fewer than ${node.minProperties} fields`);
    if (node.maxProperties !== undefined && n > node.maxProperties)
      problems.push(`${at(pathOf())}: more than ${node.maxProperties} fields`);
  }
}

export function hasType(value: unknown, type: string): boolean {
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

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'number') return `${Number.isInteger(value) ? 'integer' : 'number'} ${value}`;
  return `${typeof value} ${String(value)}`;
}

export function enumMessage(value: unknown, values: readonly unknown[]): string {
  return `${describe(value)} is not one of ${values.map((e) => JSON.stringify(e)).join(', ')}`;
}

/** `types` of a oneOf whose branches are bare `{type}` nodes, else undefined entries. */
export function bareTypes(branches: readonly SchemaNode[]): Array<string | undefined> {
  return branches.map((b) => (Object.keys(b).length === 1 ? b.type : undefined));
}

/** `path.key`, or `path[index]` for an array item. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export function at(path: string): string {
  return path === '' ? '(root)' : path;
}

export function suggestion(key: string, props: Record<string, SchemaNode> | undefined): string {
  if (!props) return ' (this object takes no fields)';
  const known = Object.keys(props);
  const best = closestKey(key, known);
  if (best !== undefined) return ` (did you mean "${best}"?)`;
  return known.length <= 12 ? ` (known fields: ${known.sort().join(', ')})` : '';
}
