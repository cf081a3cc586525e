import * as path from 'node:path';
import { type LazyFiles, NODE_FS, OutputTransaction, type WriterFs } from './atomic-output';

/** Files of one target, path relative to dist/<target>/ -> content. */
export interface TargetFiles {
  readonly target: string;
  readonly files: ReadonlyMap<string, string>;
}

/**
 * Files of one target whose content is produced only when written, so a target with thousands of
 * tenants never holds all of its YAML text in memory at once.
 */
interface LazyTargetFiles extends LazyFiles {
  readonly target: string;
}

export function lazy(files: TargetFiles | LazyTargetFiles): LazyTargetFiles {
  if ('paths' in files) return files;
  return { target: files.target, paths: [...files.files.keys()], content: (file) => files.files.get(file)! };
}

/**
 * Stages each target as a whole folder of `distDir` (files the synth no longer produces disappear
 * with the old folder); with `pruneOtherTargets` (full synth) target folders no longer rendered are
 * removed. Dot-entries and plain files beside the target folders are never touched.
 */
export function stageTargets(
  tx: OutputTransaction,
  distDir: string,
  targets: ReadonlyArray<TargetFiles | LazyTargetFiles>,
  pruneOtherTargets: boolean,
  fsx: WriterFs = NODE_FS,
): void {
  for (const t of targets.map(lazy)) tx.stageFolder(distDir, t.target, t);
  if (pruneOtherTargets) pruneFolders(tx, distDir, new Set(targets.map((t) => t.target)), fsx);
}

/** Plans the removal of the target folders of `distDir` that are not in `keep`. */
export function pruneFolders(tx: OutputTransaction, distDir: string, keep: ReadonlySet<string>, fsx: WriterFs = NODE_FS): void {
  if (!fsx.existsSync(distDir)) return;
  for (const entry of fsx.readdirSync(distDir).sort()) {
    if (!entry.startsWith('.') && !keep.has(entry) && fsx.isDirectory(path.join(distDir, entry))) tx.remove(distDir, entry);
  }
}
