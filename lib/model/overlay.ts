/**
 * Environment overlays, with Helm's rules: objects merge key by key, arrays and scalars replace,
 * `null` removes a key. An overlay may only name keys that exist in the base: a misspelt key is a
 * compile error for TypeScript overlays (the `Overlay<T>` type) and a runtime error naming the file
 * and key path for data files (`applyOverlay`).
 */

import { closestKey } from './suggest';

export type { Overlay } from '../../config/types';

export class OverlayError extends Error {
  constructor(
    readonly file: string,
    readonly keyPath: string,
    message: string,
  ) {
    super(`${file}: ${keyPath}: ${message}`);
    this.name = 'OverlayError';
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface OverlayOptions {
  /** File the overlay came from, for error messages. */
  readonly file: string;
  /**
   * Key paths (dot-separated, `*` matches one segment) under which an overlay may add keys that the
   * base does not have: free-form maps such as Helm values, labels, annotations or ConfigMap data.
   */
  readonly openPaths?: readonly string[];
  /**
   * Key paths (same pattern syntax) of optional fields: an overlay may set or null them even where
   * the base leaves them out (`components.*.autoscaling` on a service without an HPA).
   */
  readonly optionalPaths?: readonly string[];
  /**
   * `null` (which deletes a key) is accepted only at optional paths and under open paths: on a
   * required field it would leave the model without a value the constructs need.
   * @default false (any key may be deleted)
   */
  readonly nullOnlyWhereOptional?: boolean;
  /**
   * Every scalar the overlay sets must have the type of the value it replaces (a YAML `"false"` for
   * a boolean, `"3"` for a number, a port outside 1-65535 are errors). Where the base has no value
   * (optional fields, open maps), `leafTypes` gives the type by path pattern.
   * @default false (TypeScript overlays are typed by the compiler)
   */
  readonly checkTypes?: boolean;
  /** Expected type of a value the base lacks, by key path pattern (`components.*.metricsPort`: `port`). */
  readonly leafTypes?: Readonly<Record<string, LeafType>>;
}

/** What a leaf may be: `port` is an integer from 1 to 65535, `any` is not checked. */
type LeafType = 'boolean' | 'number' | 'integer' | 'port' | 'string' | 'object' | 'array' | 'any';

function isOpen(path: string[], openPaths: readonly string[]): boolean {
  return openPaths.some((pattern) => {
    const parts = pattern.split('.');
    return parts.length <= path.length && parts.every((p, i) => p === '*' || p === path[i]);
  });
}

function isExactly(path: string[], patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const parts = pattern.split('.');
    return parts.length === path.length && parts.every((p, i) => p === '*' || p === path[i]);
  });
}

function keyPathOf(path: string[]): string {
  return path.length === 0 ? '(root)' : path.join('.');
}

function describe(value: unknown): string {
  const kind = Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  const text = JSON.stringify(value) ?? String(value);
  return `${text.length > 40 ? `${text.slice(0, 37)}...` : text} (${kind})`;
}

/** Keys holding a port number wherever they appear. */
const PORT_KEY = /^(port|[a-z]+Port|containerPort|targetPort|nodePort)$/;

function typeOfValue(value: unknown, key: string): LeafType {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return PORT_KEY.test(key) ? 'port' : Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string') return 'string';
  return typeof value === 'object' && value !== null ? 'object' : 'any';
}

const EXPECTED: Record<LeafType, string> = {
  boolean: 'true or false (a boolean)',
  number: 'a number',
  integer: 'a whole number',
  port: 'a port number (an integer from 1 to 65535)',
  string: 'a string (quote values such as "1.10" or "on" in YAML)',
  object: 'an object',
  array: 'a list',
  any: 'a value',
};

function matches(value: unknown, type: LeafType): boolean {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'port':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 65535;
    case 'string':
      return typeof value === 'string';
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'any':
      return true;
  }
}

function patternType(path: string[], leafTypes: Readonly<Record<string, LeafType>> | undefined): LeafType | undefined {
  for (const [pattern, type] of Object.entries(leafTypes ?? {})) if (isExactly(path, [pattern])) return type;
  return undefined;
}

/** The optional keys beside `path`'s children, for the message of a misplaced null. */
function optionalHere(parent: string[], optionalPaths: readonly string[]): string {
  const keys = optionalPaths
    .map((p) => p.split('.'))
    .filter((parts) => parts.length === parent.length + 1 && parent.every((seg, i) => parts[i] === '*' || parts[i] === seg))
    .map((parts) => parts.at(-1)!);
  return keys.length > 0 ? `only these fields may be null here: ${keys.join(', ')}` : 'no field here may be null';
}

/** Throws when an overlay value does not have the type of the value it replaces. */
function checkType(base: unknown, overlay: unknown, path: string[], options: OverlayOptions): void {
  const key = path.at(-1) ?? '';
  const expected = base === undefined ? patternType(path, options.leafTypes) : typeOfValue(base, key);
  if (expected === undefined || expected === 'any') return;
  // A whole number where the base holds a fraction (or the reverse) is still a number.
  const type = expected === 'integer' && !PORT_KEY.test(key) ? 'number' : expected;
  if (!matches(overlay, type))
    throw new OverlayError(options.file, keyPathOf(path), `expected ${EXPECTED[type]}, found ${describe(overlay)}`);
  if (type === 'array' && Array.isArray(base) && Array.isArray(overlay)) {
    const scalar = base.find((item) => item !== null && typeof item !== 'object');
    if (scalar === undefined) return;
    const itemType = typeOfValue(scalar, key === 'ports' ? 'port' : '');
    overlay.forEach((item, i) => {
      if (!matches(item, itemType))
        throw new OverlayError(options.file, `${keyPathOf(path)}[${i}]`, `expected ${EXPECTED[itemType]}, found ${describe(item)}`);
    });
  }
}

/** Returns base with overlay applied; neither input is modified. */
export function applyOverlay<T>(base: T, overlay: unknown, options: OverlayOptions, path: string[] = []): T {
  if (overlay === undefined) return base;
  if (!isPlainObject(overlay)) {
    if (isPlainObject(base) && overlay !== null) {
      throw new OverlayError(options.file, keyPathOf(path), `expected an object of overrides, found ${JSON.stringify(overlay)}`);
    }
    if (options.checkTypes && overlay !== null) checkType(base, overlay, path, options);
    return overlay as T;
  }
  if (options.checkTypes && base === undefined) checkType(base, overlay, path, options);
  if (!isPlainObject(base)) {
    if (base === undefined && (isOpen(path.slice(0, -1), options.openPaths ?? []) || isExactly(path, options.optionalPaths ?? []))) {
      return stripNulls(overlay) as T;
    }
    throw new OverlayError(
      options.file,
      keyPathOf(path),
      `cannot merge an object into ${base === undefined ? 'a missing key' : JSON.stringify(base)}`,
    );
  }
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const childPath = [...path, key];
    if (!(key in base) && !isOpen(path, options.openPaths ?? []) && !isExactly(childPath, options.optionalPaths ?? [])) {
      const known = Object.keys(base).sort();
      const hint = closestKey(key, known);
      throw new OverlayError(
        options.file,
        keyPathOf(childPath),
        `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${known.join(', ')}`,
      );
    }
    if (value === null) {
      if (options.nullOnlyWhereOptional && !isOpen(path, options.openPaths ?? []) && !isExactly(childPath, options.optionalPaths ?? [])) {
        throw new OverlayError(
          options.file,
          keyPathOf(childPath),
          `null would remove a required field; ${optionalHere(path, options.optionalPaths ?? [])}` +
            (path.length === 1 && path[0] === 'components' ? '; to switch a component off, set enabled: false' : ''),
        );
      }
      delete result[key];
    } else if (value !== undefined) {
      result[key] = applyOverlay(base[key], value, options, childPath);
    }
  }
  return result as T;
}

function stripNulls(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}
