import { INVENTORY_FILE } from '../../lib/insight';
import { inventoryMarkdown } from '../../lib/insight/inventory';
import { allObjects, renderedTarget, shippedBuild, TARGET_NAMES } from '../support/render';

const model = (name: string) => shippedBuild().model.targets.find((t) => t.target.name === name)!;

/** Rows of the Markdown table under a `## heading`, as arrays of cells. */
function rows(markdown: string, heading: string): string[][] {
  const section = markdown.split('\n## ').find((s) => s.startsWith(heading));
  if (!section) throw new Error(`no section ${heading}`);
  return section
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .slice(1)
    .map((l) => l.slice(2, -2).split(' | '));
}

describe('INVENTORY.md', () => {
  it('is produced for every target by the build', () => {
    for (const t of TARGET_NAMES) expect(renderedTarget(t).extraFiles.get(INVENTORY_FILE)).toMatch(new RegExp(`^# Inventory of ${t}\\n`));
  });

  it('lists every enabled component with its image or chart', () => {
    const md = renderedTarget('prod-azure').extraFiles.get(INVENTORY_FILE)!;
    const components = rows(md, 'Components');
    expect(components.map((r) => r[0])).toEqual(Object.keys(model('prod-azure').components).sort());
    const gw = components.find((r) => r[0] === 'api-gateway')!;
    expect(gw[3]).toMatch(/^`.+\/api-gateway:\d+\.\d+\.\d+`$/);
    expect(gw[4]).toBe('HPA 3-10 @65% CPU');
    expect(components.filter((r) => r[1] === 'chart').every((r) => /^chart `[^@`]+@[^`]+`/.test(r[3]))).toBe(true);
  });

  it('shows environment differences: dev runs one replica without HPA', () => {
    const gw = rows(renderedTarget('dev-azure').extraFiles.get(INVENTORY_FILE)!, 'Components').find((r) => r[0] === 'api-gateway')!;
    expect(gw[4]).toBe('1');
  });

  it('lists tenants with tier and quota, and object counts that add up to the rendered objects', () => {
    // globex runs on its dedicated cluster, hooli in prod-azure's shared one.
    const tenants = rows(renderedTarget('prod-azure-globex').extraFiles.get(INVENTORY_FILE)!, 'Tenants');
    const md = renderedTarget('prod-azure').extraFiles.get(INVENTORY_FILE)!;
    expect(tenants.find((r) => r[0] === 'globex')).toEqual([
      'globex',
      'tenant-globex',
      'ENTERPRISE',
      '64 / 128',
      '128Gi / 256Gi',
      '300',
      '100',
      '60',
      '2Ti',
    ]);
    expect(rows(md, 'Tenants').find((r) => r[0] === 'hooli')?.[2]).toBe('FREE');
    const objects = allObjects(renderedTarget('prod-azure'));
    const counts = rows(md, 'Objects');
    expect(counts.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(objects.length);
    expect(counts.find((r) => r[0] === 'NetworkPolicy')?.[1]).toBe(String(objects.filter((o) => o.kind === 'NetworkPolicy').length));
  });

  it('says so when a target has no tenants, and is deterministic', () => {
    const m = { ...model('prod-gcp'), tenants: [] };
    const objects = allObjects(renderedTarget('prod-gcp'));
    expect(inventoryMarkdown(m, objects)).toContain('No tenant is placed on this target.');
    expect(inventoryMarkdown(m, objects)).toBe(inventoryMarkdown(m, [...objects].reverse()));
  });
});
