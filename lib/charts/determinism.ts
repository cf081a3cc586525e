/**
 * Objects whose content changes from one render to the next (random passwords, generated
 * certificates, timestamps, checksums of those). Argo CD renders the chart on every refresh: such
 * an object is always OutOfSync, and with selfHeal it is re-applied forever (a rotated password, a
 * restarted pod), unless the Application's `ignoreDifferences` covers the field.
 */
import { groupOf } from '../k8s/api-version';
import type { K8sObject } from '../k8s/object';
import type { IgnoreDifference } from './applications';

type Json = Record<string, unknown>;

/** Segments of the paths where `a` and `b` differ (`[]` for a list index). */
export function differingPaths(a: unknown, b: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (a === b) return [];
  const bothObjects = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null;
  if (!bothObjects || Array.isArray(a) !== Array.isArray(b)) return [path];
  if (Array.isArray(a)) {
    const list = b as unknown[];
    if (a.length !== list.length) return [path];
    return a.flatMap((item, i) => differingPaths(item, list[i], [...path, i]));
  }
  const keys = new Set([...Object.keys(a as Json), ...Object.keys(b as Json)]);
  return [...keys].flatMap((k) => differingPaths((a as Json)[k], (b as Json)[k], [...path, k]));
}

/** `.webhooks[]?.clientConfig.caBundle` -> ['webhooks', '*', 'clientConfig', 'caBundle'] (the simple jq paths Argo CD users write). */
function jqSegments(expression: string): string[] | undefined {
  const segments: string[] = [];
  const pattern = /\.([A-Za-z_][\w-]*)|\.?\["([^"]+)"\]|\[\]\??|\[(\d+)\]/gy;
  let match: RegExpExecArray | null;
  let at = 0;
  while (at < expression.length && (match = pattern.exec(expression))) {
    at = pattern.lastIndex;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(match[2]);
    else if (match[3] !== undefined) segments.push(match[3]);
    else segments.push('*');
  }
  return at === expression.length ? segments : undefined;
}

function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** True when `path` lies under a field one of `rules` tells Argo CD to ignore for `object`. */
export function ignored(object: K8sObject, path: ReadonlyArray<string | number>, rules: readonly IgnoreDifference[]): boolean {
  for (const rule of rules) {
    if (rule.kind !== object.kind) continue;
    if (rule.group !== undefined && rule.group !== groupOf(object.apiVersion)) continue;
    if (rule.name !== undefined && rule.name !== object.metadata.name) continue;
    if (rule.namespace !== undefined && rule.namespace !== object.metadata.namespace) continue;
    const patterns = [
      ...(rule.jsonPointers ?? []).map(pointerSegments),
      ...(rule.jqPathExpressions ?? []).flatMap((e) => {
        const s = jqSegments(e);
        return s ? [s] : [];
      }),
    ];
    if (patterns.some((p) => p.length <= path.length && p.every((s, i) => s === '*' || s === String(path[i])))) return true;
  }
  return false;
}

export interface Unstable {
  readonly object: K8sObject;
  /** Dotted paths that differed (`data.password`, `metadata.annotations.checksum/secret`). */
  readonly paths: readonly string[];
  /** Present in one render only (a generated name). */
  readonly onlyOnce?: boolean;
}

const identity = (o: K8sObject) => `${groupOf(o.apiVersion)}|${o.kind}|${o.metadata.namespace ?? ''}|${o.metadata.name}`;
const dotted = (path: ReadonlyArray<string | number>) =>
  path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i > 0 ? '.' : ''}${s}`)).join('');

/** Objects of two renders of the same input that differ, beyond what `ignoreDifferences` covers. */
export function unstableObjects(first: readonly K8sObject[], second: readonly K8sObject[], rules: readonly IgnoreDifference[]): Unstable[] {
  const byId = new Map(second.map((o) => [identity(o), o]));
  const seen = new Set<string>();
  const result: Unstable[] = [];
  for (const object of first) {
    const id = identity(object);
    seen.add(id);
    const other = byId.get(id);
    if (!other) {
      result.push({ object, paths: [], onlyOnce: true });
      continue;
    }
    const paths = differingPaths(object, other).filter((p) => !ignored(object, p, rules));
    if (paths.length > 0) result.push({ object, paths: paths.map(dotted) });
  }
  for (const object of second) if (!seen.has(identity(object))) result.push({ object, paths: [], onlyOnce: true });
  return result;
}
