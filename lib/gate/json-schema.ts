/**
 * A small JSON-schema evaluator for Helm charts' values.schema.json: the draft-07 keywords the
 * vendored schemas use (plus the few 2020-12 spellings some of them carry: `$defs`, `prefixItems`).
 * Helm validates a chart's merged values with these semantics, which differ from the Kubernetes
 * structural schemas of structural.ts: an object without `additionalProperties` accepts any key,
 * `type` may be a list, `null` is a type, and `if`/`then`/`else`, `const` and `not` exist.
 *
 * `compactJsonSchema` keeps only the validation keywords (descriptions, defaults, examples and UI
 * hints go), so the committed imports/charts/*.json stay small; `JsonSchemaValidator` interprets a
 * compacted (or full) schema, resolving local `$ref`s (`#/definitions/x`, `#/$defs/x`, any JSON
 * pointer into the same document) once each.
 */
import { closestKey } from '../model/suggest';
import { isObject } from './context';
import { at, describe, join } from './schema-values';

export type JsonSchema = boolean | JsonSchemaObject;

export interface JsonSchemaObject {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  propertyNames?: JsonSchema;
  required?: string[];
  minProperties?: number;
  maxProperties?: number;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  additionalItems?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  multipleOf?: number;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
}

/** Keywords whose value is one schema. */
const SCHEMA_KEYWORDS = new Set(['additionalProperties', 'propertyNames', 'additionalItems', 'not', 'if', 'then', 'else']);
/** Keywords whose value is a list of schemas. */
const LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose value maps names to schemas. */
const MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
/** Keywords kept as they are. */
const PLAIN_KEYWORDS = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'required',
  'minProperties',
  'maxProperties',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
]);

/** The schema reduced to its validation keywords, keys sorted (deterministic output). */
export function compactJsonSchema(schema: unknown): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return true;
  const source = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) {
    const value = source[key];
    if (PLAIN_KEYWORDS.has(key)) out[key] = value;
    else if (SCHEMA_KEYWORDS.has(key)) out[key] = compactJsonSchema(value);
    else if (key === 'items') out.items = Array.isArray(value) ? value.map(compactJsonSchema) : compactJsonSchema(value);
    else if (LIST_KEYWORDS.has(key) && Array.isArray(value)) out[key] = value.map(compactJsonSchema);
    else if (MAP_KEYWORDS.has(key) && typeof value === 'object' && value !== null) {
      const map: Record<string, JsonSchema> = {};
      for (const name of Object.keys(value).sort()) map[name] = compactJsonSchema((value as Record<string, unknown>)[name]);
      out[key] = map;
    }
  }
  return out as JsonSchemaObject;
}

/** Deep equality of JSON values (enum, const, uniqueItems). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, i) => jsonEqual(item, list[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual((a as never)[k], (b as never)[k]));
}

/** JSON-schema type of a value (`integer` for whole numbers, which are numbers too). */
function matchesType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      // Unknown type names (a schema bug) constrain nothing, as in the reference implementations.
      return true;
  }
}

/** Validates values against one (root) schema; regexes and `$ref` targets are resolved once. */
export class JsonSchemaValidator {
  private readonly refs = new Map<string, JsonSchema>();
  private readonly patterns = new Map<string, RegExp | null>();

  constructor(private readonly root: JsonSchema) {}

  /** Problems of `value` (`path: message`); empty when it is valid. */
  validate(value: unknown, path = ''): string[] {
    const problems: string[] = [];
    this.check(value, this.root, path, problems);
    return problems;
  }

  /** True when `value` is valid against `schema` (a node of this document). */
  private passes(value: unknown, schema: JsonSchema, path: string): boolean {
    const found: string[] = [];
    this.check(value, schema, path, found);
    return found.length === 0;
  }

  private check(value: unknown, schema: JsonSchema, path: string, problems: string[]): void {
    if (schema === true) return;
    if (schema === false) {
      problems.push(`${at(path)}: no value is allowed here`);
      return;
    }
    if (schema.$ref !== undefined) {
      const target = this.resolve(schema.$ref);
      if (target === undefined) problems.push(`${at(path)}: schema reference ${schema.$ref} does not resolve`);
      else this.check(value, target, path, problems);
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => matchesType(value, t))) {
        problems.push(`${at(path)}: expected ${types.join(' or ')}, found ${describe(value)}`);
        return;
      }
    }
    if (schema.enum && !schema.enum.some((e) => jsonEqual(e, value)))
      problems.push(`${at(path)}: ${describe(value)} is not one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
    if (schema.const !== undefined && !jsonEqual(schema.const, value))
      problems.push(`${at(path)}: must be ${JSON.stringify(schema.const)}, found ${describe(value)}`);
    if (typeof value === 'string') this.checkString(value, schema, path, problems);
    else if (typeof value === 'number') this.checkNumber(value, schema, path, problems);
    else if (Array.isArray(value)) this.checkArray(value, schema, path, problems);
    else if (isObject(value)) this.checkObject(value, schema, path, problems);
    this.checkCombinators(value, schema, path, problems);
  }

  private checkString(value: string, s: JsonSchemaObject, path: string, problems: string[]): void {
    // Lengths count code points, as JSON schema does.
    const length = s.minLength !== undefined || s.maxLength !== undefined ? [...value].length : 0;
    if (s.minLength !== undefined && length < s.minLength) problems.push(`${at(path)}: shorter than ${s.minLength} characters`);
    if (s.maxLength !== undefined && length > s.maxLength) problems.push(`${at(path)}: longer than ${s.maxLength} characters`);
    if (s.pattern !== undefined) {
      const re = this.regex(s.pattern);
      if (re && !re.test(value)) problems.push(`${at(path)}: ${describe(value)} does not match ${s.pattern}`);
    }
  }

  private checkNumber(value: number, s: JsonSchemaObject, path: string, problems: string[]): void {
    // Draft-04 spells exclusive bounds as booleans beside minimum/maximum; later drafts as numbers.
    if (s.minimum !== undefined && (s.exclusiveMinimum === true ? value <= s.minimum : value < s.minimum))
      problems.push(`${at(path)}: ${value} is below the minimum ${s.minimum}`);
    if (s.maximum !== undefined && (s.exclusiveMaximum === true ? value >= s.maximum : value > s.maximum))
      problems.push(`${at(path)}: ${value} is above the maximum ${s.maximum}`);
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum)
      problems.push(`${at(path)}: ${value} must be above ${s.exclusiveMinimum}`);
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum)
      problems.push(`${at(path)}: ${value} must be below ${s.exclusiveMaximum}`);
    if (s.multipleOf !== undefined && s.multipleOf > 0 && !Number.isInteger(value / s.multipleOf))
      problems.push(`${at(path)}: ${value} is not a multiple of ${s.multipleOf}`);
  }

  private checkArray(value: unknown[], s: JsonSchemaObject, path: string, problems: string[]): void {
    if (s.minItems !== undefined && value.length < s.minItems) problems.push(`${at(path)}: fewer than ${s.minItems} items`);
    if (s.maxItems !== undefined && value.length > s.maxItems) problems.push(`${at(path)}: more than ${s.maxItems} items`);
    if (s.uniqueItems) {
      for (let i = 1; i < value.length; i++)
        if (value.slice(0, i).some((earlier) => jsonEqual(earlier, value[i]))) {
          problems.push(`${at(path)}: items must be unique (item ${i} repeats an earlier one)`);
          break;
        }
    }
    const tuple = s.prefixItems ?? (Array.isArray(s.items) ? s.items : undefined);
    const rest = tuple ? (s.prefixItems ? (Array.isArray(s.items) ? undefined : s.items) : s.additionalItems) : (s.items as JsonSchema);
    for (let i = 0; i < value.length; i++) {
      const item = tuple && i < tuple.length ? tuple[i] : rest;
      if (item !== undefined) this.check(value[i], item, join(path, i), problems);
    }
  }

  private checkObject(value: Record<string, unknown>, s: JsonSchemaObject, path: string, problems: string[]): void {
    const keys = Object.keys(value);
    for (const key of s.required ?? []) if (value[key] === undefined) problems.push(`${join(path, key)}: required key is missing`);
    if (s.minProperties !== undefined && keys.length < s.minProperties) problems.push(`${at(path)}: fewer than ${s.minProperties} keys`);
    if (s.maxProperties !== undefined && keys.length > s.maxProperties) problems.push(`${at(path)}: more than ${s.maxProperties} keys`);
    const patterns = s.patternProperties ? Object.entries(s.patternProperties) : [];
    for (const key of keys) {
      const child = value[key];
      if (s.propertyNames !== undefined) this.check(key, s.propertyNames, `${join(path, key)} (key)`, problems);
      let matched = false;
      const own = s.properties && Object.hasOwn(s.properties, key) ? s.properties[key] : undefined;
      if (own !== undefined) {
        matched = true;
        this.check(child, own, join(path, key), problems);
      }
      for (const [pattern, schema] of patterns) {
        if (this.regex(pattern)?.test(key)) {
          matched = true;
          this.check(child, schema, join(path, key), problems);
        }
      }
      if (matched || s.additionalProperties === undefined || s.additionalProperties === true) continue;
      if (s.additionalProperties === false) {
        const best = s.properties ? closestKey(key, Object.keys(s.properties)) : undefined;
        problems.push(`${join(path, key)}: unknown key${best ? ` (did you mean "${best}"?)` : ''}`);
      } else this.check(child, s.additionalProperties, join(path, key), problems);
    }
  }

  private checkCombinators(value: unknown, s: JsonSchemaObject, path: string, problems: string[]): void {
    for (const branch of s.allOf ?? []) this.check(value, branch, path, problems);
    if (s.anyOf && !s.anyOf.some((branch) => this.passes(value, branch, path))) {
      problems.push(`${at(path)}: matches none of the allowed forms (anyOf)${this.firstReason(value, s.anyOf, path)}`);
    }
    if (s.oneOf) {
      const matching = s.oneOf.filter((branch) => this.passes(value, branch, path)).length;
      if (matching !== 1)
        problems.push(
          `${at(path)}: must match exactly one of the allowed forms (oneOf), matches ${matching}${matching === 0 ? this.firstReason(value, s.oneOf, path) : ''}`,
        );
    }
    if (s.not !== undefined && this.passes(value, s.not, path)) problems.push(`${at(path)}: matches a form that is not allowed (not)`);
    if (s.if !== undefined) {
      const branch = this.passes(value, s.if, path) ? s.then : s.else;
      if (branch !== undefined) this.check(value, branch, path, problems);
    }
  }

  /** The problems of the first branch, to say why none matched. */
  private firstReason(value: unknown, branches: readonly JsonSchema[], path: string): string {
    const found: string[] = [];
    if (branches[0] !== undefined) this.check(value, branches[0], path, found);
    return found.length > 0 ? ` (first form: ${found.slice(0, 2).join('; ')})` : '';
  }

  private resolve(ref: string): JsonSchema | undefined {
    if (this.refs.has(ref)) return this.refs.get(ref);
    let node: unknown;
    if (ref === '#') node = this.root;
    else if (ref.startsWith('#/')) {
      node = this.root;
      for (const raw of ref.slice(2).split('/')) {
        const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
        node = isObject(node) ? node[segment] : undefined;
      }
    }
    const target = typeof node === 'boolean' || isObject(node) ? (node as JsonSchema) : undefined;
    this.refs.set(ref, target as JsonSchema);
    return target;
  }

  private regex(pattern: string): RegExp | null {
    let re = this.patterns.get(pattern);
    if (re === undefined) {
      try {
        re = new RegExp(pattern, 'u');
      } catch {
        // ECMA-262 differences (RE2, PCRE syntax): the pattern constrains nothing rather than failing every value.
        re = null;
      }
      this.patterns.set(pattern, re);
    }
    return re;
  }
}
