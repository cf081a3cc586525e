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

export interface OverlayOptions {
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
}

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

/** Returns base with overlay applied; neither input is modified. */
export function applyOverlay<T>(base: T, overlay: unknown, options: OverlayOptions, path: string[] = []): T {
  if (overlay === undefined) return base;
  if (!isPlainObject(overlay)) {
    if (isPlainObject(base) && overlay !== null) {
      throw new OverlayError(options.file, keyPathOf(path), `expected an object of overrides, found ${JSON.stringify(overlay)}`);
    }
    return overlay as T;
  }
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
