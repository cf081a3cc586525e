import * as fs from 'node:fs';
import * as path from 'node:path';

/** Files of one target, path relative to dist/<target>/ -> content. */
export interface TargetFiles {
  readonly target: string;
  readonly files: ReadonlyMap<string, string>;
}

/**
 * Writes targets into `distDir` atomically per target: each is written in full to a temporary
 * folder beside `distDir`, and only when every target is written are they swapped in. Files the
 * synth no longer produces disappear; nothing outside `distDir` is touched except the temporary
 * folder, which is always removed.
 *
 * `pruneOtherTargets` removes target folders that are no longer rendered (full synth only).
 */
export function writeTargetsAtomically(distDir: string, targets: readonly TargetFiles[], pruneOtherTargets: boolean): void {
  const parent = path.dirname(path.resolve(distDir));
  const staging = fs.mkdtempSync(path.join(parent, `.dist-tmp-${path.basename(distDir)}-`));
  try {
    for (const { target, files } of targets) {
      const root = path.join(staging, 'new', target);
      // Thousands of tenant files share a few folders: create each folder once; plain code-unit order (localeCompare is slow and the order only affects write order).
      const made = new Set<string>();
      for (const file of [...files.keys()].sort()) {
        const full = path.join(root, file);
        const dir = path.dirname(full);
        if (!made.has(dir)) {
          fs.mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        fs.writeFileSync(full, files.get(file)!);
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
