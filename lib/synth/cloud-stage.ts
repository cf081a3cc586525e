/**
 * Stages a cloud synth's files into an output transaction. Apart from lib/synth/cloud.ts so that the
 * main thread, whose cdktf stacks come from the worker, never loads cdktf and the providers (about a
 * second of CPU) just to write them.
 */
import * as path from 'node:path';
import { NODE_FS, type OutputTransaction, type WriterFs } from '../render/atomic-output';

/** What staging reads of a cloud synth (lib/synth/cloud.ts CloudFiles). */
export interface StagedCloud {
  readonly files: ReadonlyMap<string, string>;
  readonly summaries: ReadonlyArray<{ readonly target: string }>;
}

/** Stages cdktf.out/'s files into `tx` file by file (a stack folder's `.terraform/` stays); a full synth removes stacks no longer rendered. */
export function stageCloud(tx: OutputTransaction, outdir: string, cloud: StagedCloud, allTargets: boolean, fsx: WriterFs = NODE_FS): void {
  for (const [file, text] of cloud.files) tx.stageFile(outdir, file, text);
  if (!allTargets) return;
  const stacksDir = path.join(outdir, 'stacks');
  if (!fsx.existsSync(stacksDir)) return;
  const keep = new Set(cloud.summaries.map((s) => s.target));
  for (const entry of fsx.readdirSync(stacksDir).sort()) {
    // A removed target must not leave a deployable stack behind.
    if (!keep.has(entry) && fsx.existsSync(path.join(stacksDir, entry, 'cdk.tf.json'))) tx.remove(outdir, `stacks/${entry}`);
  }
}
