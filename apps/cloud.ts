/**
 * Synthesizes one cdktf stack per target (or `--target T`) into cdktf.out/stacks/<target>/.
 *
 *   tsx apps/cloud.ts [--target T ...] [--data-dir DIR] [--quiet]
 *
 * What `cdktf.json` runs (`npx cdktf synth|deploy <target>`) and what `npm run synth` calls in-process.
 */
import * as path from 'node:path';
import { flag, flagList, parseArgs } from './cli/args';
import { reportFailure } from './cli/report';
import { cloudOutDir, loadCloudTargets, synthCloud } from '../lib/synth/cloud';

export function runCloud(argv: readonly string[]): number {
  const started = performance.now();
  try {
    const args = parseArgs(argv, ['quiet']);
    const targets = flagList(args, 'target');
    const outdir = cloudOutDir();
    const inputs = loadCloudTargets({ dataDir: flag(args, 'data-dir'), targets });
    const summaries = synthCloud(inputs, outdir, !targets);
    if (!flag(args, 'quiet')) {
      for (const s of summaries)
        console.log(
          `cloud ${s.target}: ${s.resources} resources, ${s.dataSources} data sources, ${s.outputs} outputs, ${s.ms.toFixed(0)} ms`,
        );
      console.log(
        `cloud: ${summaries.length} stacks written to ${path.relative(process.cwd(), outdir) || '.'} (total ${(performance.now() - started).toFixed(0)} ms)`,
      );
    }
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

if (require.main === module) process.exitCode = runCloud(process.argv.slice(2));
