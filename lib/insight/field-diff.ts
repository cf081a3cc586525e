/**
 * Field-level differences between two JSON values, with readable paths:
 * `spec.template.spec.containers[name=api].image`. Arrays whose items all carry a unique `name`
 * (containers, ports, env, volumes) are matched by name, other arrays by index.
 */

export interface FieldChange {
  readonly path: string;
  /** `undefined` when the field is new. */
  readonly before: unknown;
  /** `undefined` when the field was removed. */
  readonly after: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function key(segment: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(segment) ? segment : `[${JSON.stringify(segment)}]`;
}

function join(path: string, segment: string): string {
  const k = key(segment);
  return path === '' || k.startsWith('[') ? `${path}${k}` : `${path}.${k}`;
}

function namedItems(items: readonly unknown[]): Map<string, unknown> | undefined {
  const byName = new Map<string, unknown>();
  for (const item of items) {
    if (!isObject(item) || typeof item.name !== 'string' || byName.has(item.name)) return undefined;
    byName.set(item.name, item);
  }
  return byName;
}

/** Every leaf-level difference between `before` and `after`, in a stable order. */
export function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => fieldChanges(before[k], after[k], join(path, k)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const b = namedItems(before);
    const a = namedItems(after);
    if (b && a && (b.size > 0 || a.size > 0)) {
      const names = [...new Set([...b.keys(), ...a.keys()])];
      return names.flatMap((n) => fieldChanges(b.get(n), a.get(n), `${path}[name=${n}]`));
    }
    if ([...before, ...after].every((v) => v === null || typeof v !== 'object')) return primitiveListChange(before, after, path);
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => fieldChanges(before[i], after[i], `${path}[${i}]`)).flat();
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path: path || '(root)', before, after }];
}

/** Lists of scalars (resourceNames, args, hosts): the items removed and added, or the whole lists when only the order changed. */
function primitiveListChange(before: readonly unknown[], after: readonly unknown[], path: string): FieldChange[] {
  const key = (v: unknown) => JSON.stringify(v);
  if (before.length === after.length && before.every((v, i) => key(v) === key(after[i]))) return [];
  const removed = before.filter((v) => !after.some((a) => key(a) === key(v)));
  const added = after.filter((v) => !before.some((b) => key(b) === key(v)));
  if (removed.length === 0 && added.length === 0) return [{ path: path || '(root)', before, after }];
  return [
    { path: `${path || '(root)'} (items)`, before: removed.length > 0 ? removed : undefined, after: added.length > 0 ? added : undefined },
  ];
}

/** Leaf paths of a value (for listing what an added or removed object holds). */
export function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (isObject(value))
    return Object.keys(value)
      .sort()
      .flatMap((k) => leaves(value[k], join(path, k)));
  if (Array.isArray(value) && value.length > 0) {
    const named = namedItems(value);
    if (named) return [...named].flatMap(([n, v]) => leaves(v, `${path}[name=${n}]`));
    return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  }
  return [[path || '(root)', value]];
}

/** True when `path` is `prefix` or lies below it (`spec.selector` covers `spec.selector.matchLabels.app`). */
export function under(fieldPath: string, prefix: string): boolean {
  const path = fieldPath.replace(/ \(items\)$/, '');
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/**
 * A field path as a user may type it, in the spelling `leaves` uses: `containers[0]` becomes
 * `containers[name=api]` where the list's items are named (containers, ports, env, volumes).
 * Returns undefined when the path does not exist in `value`.
 */
export function canonicalPath(value: unknown, typed: string): string | undefined {
  const token = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[name=([^\]]+)\]|\["((?:[^"\\]|\\.)*)"\]/y;
  let path = '';
  let node = value;
  let at = 0;
  while (at < typed.length) {
    token.lastIndex = at;
    const m = token.exec(typed);
    if (!m) return undefined;
    at = token.lastIndex;
    if (m[1] !== undefined || m[4] !== undefined) {
      const k = m[1] ?? (JSON.parse(`"${m[4]}"`) as string);
      if (!isObject(node) || !(k in node)) return undefined;
      path = join(path, k);
      node = node[k];
    } else if (Array.isArray(node)) {
      const named = namedItems(node);
      const item = m[2] !== undefined ? node[Number(m[2])] : named?.get(m[3]);
      if (item === undefined) return undefined;
      path += named && named.size > 0 ? `[name=${(item as { name: string }).name}]` : `[${node.indexOf(item)}]`;
      node = item;
    } else return undefined;
  }
  return path;
}
