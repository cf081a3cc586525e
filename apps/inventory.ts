/**
 * `npm run inventory [-- --target T] [--data-dir D]`: prints the INVENTORY.md of each target
 * (the same text synth writes to dist/<target>/INVENTORY.md).
 */
import { flag, flagList, parseArgs } from './cli/args';
import { reportFailure } from './cli/report';
import { buildK8s } from '../lib/synth/k8s';
import { INVENTORY_FILE } from '../lib/insight';

export function runInventory(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    const build = buildK8s({ dataDir: flag(args, 'data-dir'), targets: flagList(args, 'target') });
    console.log(build.rendered.map((r) => r.extraFiles.get(INVENTORY_FILE)!).join('\n'));
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

if (require.main === module) process.exitCode = runInventory(process.argv.slice(2));
