/**
 * `npm run inventory`: the INVENTORY.md of each target (the text synth writes to
 * dist/<target>/INVENTORY.md), or the same as JSON.
 */
import { INVENTORY_FILE, insightFiles, renderedObjects } from '../lib/insight';
import { inventoryData } from '../lib/insight/inventory';
import { loadPlatform } from '../lib/model/load';
import { FEATURES } from '../lib/render/features';
import { renderTarget } from '../lib/render/render';
import { dataDirOf, dataDirOption, defineCommand, EXIT, jsonOption, main, targetOption } from './cli/command';

interface Flags {
  readonly target?: string[];
  readonly dataDir?: string;
  readonly json?: boolean;
}

export const runInventory = defineCommand<Flags>({
  name: 'inventory',
  description: 'Print the components (images, chart versions), tenants (tiers, quotas) and object counts of each target.',
  examples: [
    ['npm run inventory -- --target prod-azure', 'one target as Markdown'],
    ['npm run inventory -- --json | jq ".[].components[].image"', 'every image of every target'],
  ],
  options: (command) => {
    targetOption(command);
    dataDirOption(command);
    jsonOption(command, 'the inventory of each target');
  },
  run: (ctx, flags) => {
    const model = loadPlatform({ dataDir: dataDirOf(ctx, flags.dataDir), targets: flags.target });
    const inventories = model.targets.map((target, i) => {
      ctx.progress.update(`inventory ${i + 1}/${model.targets.length} ${target.target.name}`);
      const rendered = renderTarget(target, FEATURES);
      // The same text synth writes to dist/<target>/INVENTORY.md (images and node-pool capacity included).
      return flags.json ? inventoryData(target, renderedObjects(rendered)) : insightFiles(rendered, target).get(INVENTORY_FILE)!;
    });
    ctx.progress.stop();
    ctx.out(flags.json ? JSON.stringify(inventories, null, 2) : (inventories as string[]).join('\n'));
    return EXIT.ok;
  },
});

if (require.main === module) main(runInventory);
