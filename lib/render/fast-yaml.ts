import * as yaml from 'js-yaml';

/** The js-yaml options whose output this writer reproduces byte for byte. */
export const DUMP_OPTIONS: yaml.DumpOptions = { sortKeys: true, noRefs: true, lineWidth: -1, quotingType: '"' };

/** Thrown inside the fast path when a document holds something it does not handle; the caller then uses js-yaml. */
class Unsupported extends Error {}

// Plain without asking js-yaml: starts with a letter, only [A-Za-z0-9._/-], and longer than every implicit keyword (null, false, NULL, yes, off...).
const SAFE_PLAIN = /^[A-Za-z][A-Za-z0-9._/-]{5,}$/;

const INDENTS: string[] = [''];
function indent(level: number): string {
  while (INDENTS.length <= level) INDENTS.push(INDENTS[INDENTS.length - 1] + '  ');
  return INDENTS[level];
}
const newline = (level: number): string => '\n' + indent(level);

/** js-yaml's text of single-line scalars other than SAFE_PLAIN strings and integers (its own choice of quoting). */
const scalars = new Map<unknown, string>();
function delegated(value: string | number): string {
  let text = scalars.get(value);
  if (text === undefined) {
    text = yaml.dump(value, DUMP_OPTIONS).slice(0, -1);
    if (scalars.size > 100_000) scalars.clear();
    scalars.set(value, text);
  }
  return text;
}

/** A multi-line string at `level`: js-yaml writes a literal block indented 2 * max(1, level) spaces; re-indent its level-0 text. */
function blockString(value: string, level: number): string {
  const top = delegated(value);
  if (top[0] !== '|' || level <= 1) return top;
  const extra = indent(level - 1);
  const lines = top.split('\n');
  for (let i = 1; i < lines.length; i++) if (lines[i] !== '') lines[i] = extra + lines[i];
  return lines.join('\n');
}

function keyText(key: string): string {
  if (key.length <= 1024 && SAFE_PLAIN.test(key)) return key;
  // A key with a line break is double-quoted (not a block), a very long one becomes an explicit `? ` pair: leave both to js-yaml.
  if (key.includes('\n')) throw new Unsupported();
  const text = delegated(key);
  if (text.length > 1024) throw new Unsupported();
  return text;
}

function node(value: unknown, level: number, compact: boolean): string | undefined {
  switch (typeof value) {
    case 'string':
      if (SAFE_PLAIN.test(value)) return value;
      return value.includes('\n') ? blockString(value, level) : delegated(value);
    case 'number':
      return Number.isInteger(value) && !Object.is(value, -0) ? String(value) : delegated(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return undefined;
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return sequence(value, level, compact);
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new Unsupported();
      return mapping(value as Record<string, unknown>, level, compact);
    }
    default:
      throw new Unsupported();
  }
}

function mapping(object: Record<string, unknown>, level: number, compact: boolean): string {
  const keys = Object.keys(object);
  if (keys.length === 0) return '{}';
  keys.sort();
  let out = '';
  for (const key of keys) {
    const value = node(object[key], level + 1, false);
    if (value === undefined) continue; // js-yaml skips undefined values
    if (!compact || out !== '') out += newline(level);
    out += keyText(key) + (value.charCodeAt(0) === 10 ? ':' : ': ') + value;
  }
  return out === '' ? '{}' : out;
}

function sequence(items: readonly unknown[], level: number, compact: boolean): string {
  if (items.length === 0) return '[]';
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const value = node(items[i], level + 1, true) ?? 'null'; // js-yaml writes null for undefined items
    if (!compact || out !== '') out += newline(level);
    out += (value.charCodeAt(0) === 10 ? '-' : '- ') + value;
  }
  return out;
}

/**
 * One YAML document, byte-identical to `yaml.dump(value, DUMP_OPTIONS)`: mappings, sequences,
 * numbers and simple strings are laid out here; any other scalar text comes from js-yaml itself,
 * and a document holding something unusual (class instances, keys needing `? ` or quoting with
 * escapes) is dumped by js-yaml whole.
 */
export function fastDump(value: unknown): string {
  try {
    const text = node(value, 0, true);
    return text === undefined ? '' : text + '\n';
  } catch (e) {
    if (e instanceof Unsupported) return yaml.dump(value, DUMP_OPTIONS);
    throw e;
  }
}
