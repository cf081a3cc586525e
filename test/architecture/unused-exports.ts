/**
 * Exported names that no other file mentions: dead code, or an `export` that only widens a local name.
 * A word-level scan (comments dropped, strings kept: names are looked up by string too) is enough for a
 * code base of static named exports.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sourceFiles as walk } from './layers';

const DECLARATION =
  /^export\s+(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;
/** `export { a, b as c }` and `export type { ... }`, with or without `from`. */
const LIST = /^export\s+(?:type\s+)?\{([^}]*)\}/gm;
const IDENTIFIER = /[A-Za-z_$][\w$]*/g;
/** Strings first (kept), then line and block comments (dropped). */
const COMMENT_OR_STRING = /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\//g;

/** The names a module exports by name (`export * from` re-exports none of its own). */
export function exportedNames(text: string): string[] {
  const names = [...text.matchAll(DECLARATION)].map((m) => m[1]);
  for (const m of text.matchAll(LIST)) {
    for (const item of m[1].split(',')) {
      const parts = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/);
      const name = parts[parts.length - 1]?.trim();
      if (name) names.push(name);
    }
  }
  return [...new Set(names)];
}

/** Exports of the `scanned` files that appear in no other file of `files` (path -> source text). */
export function unusedExports(files: ReadonlyMap<string, string>, scanned: (file: string) => boolean): string[] {
  // Name -> the files that mention it.
  const seen = new Map<string, Set<string>>();
  for (const [file, text] of files) {
    const code = text.replace(COMMENT_OR_STRING, (match, string: string | undefined) => string ?? ' ');
    for (const [word] of code.matchAll(IDENTIFIER)) {
      let where = seen.get(word);
      if (!where) seen.set(word, (where = new Set()));
      where.add(file);
    }
  }
  const unused: string[] = [];
  for (const [file, text] of files) {
    if (!scanned(file)) continue;
    for (const name of exportedNames(text)) {
      const where = seen.get(name);
      if (!where || [...where].every((f) => f === file)) unused.push(`${file}: ${name}`);
    }
  }
  return unused.sort();
}

/** Source files under `dirs` of `root` (relative paths) with their text: the layers test's walk, fixtures included (they use exports too). */
export function sourceFiles(root: string, dirs: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of dirs)
    for (const file of walk(path.join(root, dir), ['node_modules']))
      files.set(path.relative(root, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8'));
  return files;
}
