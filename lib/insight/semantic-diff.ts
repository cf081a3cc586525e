/**
 * Semantic diff of one target's manifests: objects (not lines) added, removed and changed, with
 * field paths, and warnings for the changes that can hurt a cluster (danger.ts). Inputs are file
 * texts keyed by path relative to dist/<target>/, so the committed dist/ and a fresh in-memory
 * synth compare the same way.
 */
import * as yaml from 'js-yaml';
import type { K8sObject } from '../k8s/object';
import { changeDangers, type DangerContext, deletionDanger, groupOf } from './danger';
import { type FieldChange, fieldChanges } from './field-diff';

interface LocatedObject {
  readonly file: string;
  readonly object: K8sObject;
}

interface ObjectChange {
  readonly change: 'added' | 'removed' | 'changed';
  /** `group/Kind/namespace/name` (`-` for cluster-scoped objects). */
  readonly key: string;
  readonly before?: LocatedObject;
  readonly after?: LocatedObject;
  readonly fields: readonly FieldChange[];
  readonly dangers: readonly string[];
}

interface FileChange {
  readonly change: 'added' | 'removed' | 'changed';
  readonly file: string;
}

export interface TargetDiff {
  readonly target: string;
  readonly objects: readonly ObjectChange[];
  /** Files that are not manifests (INVENTORY.md, network.svg). */
  readonly files: readonly FileChange[];
}

function objectKey(o: K8sObject): string {
  return `${groupOf(o.apiVersion)}/${o.kind}/${o.metadata.namespace ?? '-'}/${o.metadata.name}`;
}

function isManifest(file: string): boolean {
  return file.endsWith('.yaml') || file.endsWith('.yml');
}

/** Objects of a target's manifest files by key; a key found twice is an error naming both files. */
export function parseManifests(files: ReadonlyMap<string, string>, where: string): Map<string, LocatedObject> {
  const objects = new Map<string, LocatedObject>();
  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!isManifest(file)) continue;
    let docs: unknown[];
    try {
      docs = yaml.loadAll(text, undefined, { filename: file });
    } catch (error) {
      throw new Error(`${where}/${file}: YAML syntax error: ${(error as Error).message.split('\n')[0]}`, { cause: error });
    }
    docs.forEach((doc, i) => {
      if (doc === null || doc === undefined) return;
      const o = doc as K8sObject;
      if (typeof o.apiVersion !== 'string' || typeof o.kind !== 'string' || typeof o.metadata?.name !== 'string') {
        throw new Error(`${where}/${file}: document ${i + 1} is not a Kubernetes object (apiVersion, kind and metadata.name required)`);
      }
      const key = objectKey(o);
      const seen = objects.get(key);
      if (seen) throw new Error(`${where}: ${key} appears twice (${seen.file} and ${file})`);
      objects.set(key, { file, object: o });
    });
  }
  return objects;
}

function folderOf(file: string): string {
  return file.includes('/') ? file.split('/')[0] : '.';
}

/** The semantic diff from `before` (e.g. committed dist/<target>/) to `after` (a fresh synth). */
export function diffTarget(
  target: string,
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  context: DangerContext = {},
): TargetDiff {
  const b = parseManifests(before, `before ${target}`);
  const a = parseManifests(after, `after ${target}`);
  const objects: ObjectChange[] = [];
  for (const key of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    const was = b.get(key);
    const now = a.get(key);
    if (was && !now) {
      const danger = deletionDanger(was.object, context);
      objects.push({ change: 'removed', key, before: was, fields: [], dangers: danger ? [`deleted: ${danger}`] : [] });
    } else if (!was && now) {
      objects.push({ change: 'added', key, after: now, fields: [], dangers: [] });
    } else if (was && now) {
      const fields = fieldChanges(was.object, now.object);
      const dangers = fields.length > 0 ? changeDangers(was.object, now.object, fields, context) : [];
      if (was.file !== now.file) {
        fields.unshift({ path: '(file)', before: was.file, after: now.file });
        const danger = deletionDanger(was.object, context);
        // Another folder is another Argo CD Application: the old one prunes the object before the new one creates it.
        if (danger && folderOf(was.file) !== folderOf(now.file))
          dangers.push(`moves from Argo CD app ${folderOf(was.file)} to ${folderOf(now.file)}: ${danger}`);
      }
      if (fields.length > 0) objects.push({ change: 'changed', key, before: was, after: now, fields, dangers });
    }
  }
  const files: FileChange[] = [];
  for (const file of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    if (isManifest(file)) continue;
    if (!before.has(file)) files.push({ change: 'added', file });
    else if (!after.has(file)) files.push({ change: 'removed', file });
    else if (before.get(file) !== after.get(file)) files.push({ change: 'changed', file });
  }
  return { target, objects, files };
}

/** Colours for the report (identity functions when the output is not a terminal). */
export interface DiffColors {
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly bold: (s: string) => string;
}

export const NO_COLORS: DiffColors = { red: (s) => s, green: (s) => s, yellow: (s) => s, bold: (s) => s };

/** A value as text, whole: never cut (a long value goes on lines of its own instead). */
function showValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Values longer than this are printed on lines of their own, in full. */
const INLINE = 60;

/**
 * One field change as report lines: `path: before -> after`; a list whose items changed as
 * `path: removed [..]; added [..]`; a value that appears or disappears as `added`/`removed`.
 */
export function formatField(f: FieldChange, indent: string, c: DiffColors = NO_COLORS): string[] {
  const items = f.path.endsWith(' (items)');
  const path = items ? f.path.slice(0, -' (items)'.length) : f.path;
  const parts: string[] = [];
  if (f.before !== undefined) parts.push(`${items ? 'removed items ' : f.after === undefined ? 'removed ' : ''}${showValue(f.before)}`);
  if (f.after !== undefined) parts.push(`${items ? 'added items ' : f.before === undefined ? 'added ' : ''}${showValue(f.after)}`);
  const inline = parts.every((p) => p.length <= INLINE);
  if (f.before !== undefined && f.after !== undefined && !items) {
    if (inline) return [`${indent}${path}: ${c.red(showValue(f.before))} -> ${c.green(showValue(f.after))}`];
    return [`${indent}${path}:`, `${indent}  ${c.red(`- ${showValue(f.before)}`)}`, `${indent}  ${c.green(`+ ${showValue(f.after)}`)}`];
  }
  const colored = parts.map((p) => (p.startsWith('removed') ? c.red(p) : c.green(p)));
  if (inline) return [`${indent}${path}: ${colored.join('; ')}`];
  return [`${indent}${path}:`, ...colored.map((p) => `${indent}  ${p}`)];
}

/** Human-readable report lines of one target's diff. */
export function formatTargetDiff(diff: TargetDiff, maxFields = 20, c: DiffColors = NO_COLORS): string[] {
  const lines: string[] = [];
  const count = (kind: string) => diff.objects.filter((o) => o.change === kind).length;
  if (diff.objects.length === 0 && diff.files.length === 0) return [`${diff.target}: no changes`];
  lines.push(c.bold(`${diff.target}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed`));
  const mark = { added: c.green('+'), removed: c.red('-'), changed: c.yellow('~') } as const;
  for (const o of diff.objects) {
    const file = (o.after ?? o.before)!.file;
    lines.push(`  ${mark[o.change]} ${o.key}  (${file})`);
    for (const f of o.fields.slice(0, maxFields)) lines.push(...formatField(f, '      ', c));
    if (o.fields.length > maxFields) lines.push(`      ... and ${o.fields.length - maxFields} more fields`);
    for (const d of o.dangers) lines.push(`      ${c.red(c.bold('DANGER:'))} ${d}`);
  }
  for (const f of diff.files) lines.push(`  ${mark[f.change]} ${f.file}`);
  return lines;
}
