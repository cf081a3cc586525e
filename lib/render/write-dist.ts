import * as fs from 'node:fs';
import * as path from 'node:path';

/** Files of one target, path relative to dist/<target>/ -> content. */
export interface TargetFiles {
  readonly target: string;
  readonly files: ReadonlyMap<string, string>;
}

/**
 * Files of one target whose content is produced only when written, so a target with thousands of
 * tenants never holds all of its YAML text in memory at once.
 */
export interface LazyTargetFiles {
  readonly target: string;
  readonly paths: readonly string[];
  content(file: string): string;
}

function lazy(files: TargetFiles | LazyTargetFiles): LazyTargetFiles {
  if ('paths' in files) return files;
  return { target: files.target, paths: [...files.files.keys()], content: (file) => files.files.get(file)! };
}

/**
 * Writes targets into `distDir` atomically per target: each is written in full to a temporary
 * folder beside `distDir`, and only when every target is written are they swapped in. Files the
 * synth no longer produces disappear; nothing outside `distDir` is touched except the temporary
 * folder, which is always removed.
 *
 * `pruneOtherTargets` removes target folders that are no longer rendered (full synth only).
 */
export function writeTargetsAtomically(
  distDir: string,
  targets: ReadonlyArray<TargetFiles | LazyTargetFiles>,
  pruneOtherTargets: boolean,
): void {
  const parent = path.dirname(path.resolve(distDir));
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `.dist-tmp-${path.basename(distDir)}-`));
  try {
    for (const { target, paths, content } of targets.map(lazy)) {
      const root = path.join(staging, 'new', target);
      // Thousands of tenant files share a few folders: create each folder once; plain code-unit order (localeCompare is slow and the order only affects write order).
      const made = new Set<string>();
      for (const file of [...paths].sort()) {
        const full = path.join(root, file);
        const dir = path.dirname(full);
        if (!made.has(dir)) {
          fs.mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        fs.writeFileSync(full, content(file));
      }
    }
    fs.mkdirSync(distDir, { recursive: true });
    fs.mkdirSync(path.join(staging, 'old'));
    for (const { target } of targets) {
      const live = path.join(distDir, target);
      if (fs.existsSync(live)) fs.renameSync(live, path.join(staging, 'old', target));
      fs.renameSync(path.join(staging, 'new', target), live);
    }
    if (pruneOtherTargets) {
      const rendered = new Set(targets.map((t) => t.target));
      for (const entry of fs.readdirSync(distDir, { withFileTypes: true })) {
        if (entry.isDirectory() && !rendered.has(entry.name)) {
          fs.renameSync(path.join(distDir, entry.name), path.join(staging, 'old', entry.name));
        }
      }
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
