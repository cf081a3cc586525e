/**
 * Moves are planned, not accidental: `npm run diff` reports every change of a tenant's cluster or
 * shard as dangerous, with the steps it implies, and a retirement when a kept place goes. The diff
 * itself (against git) reporting a placement change is in test/cli/diff-git.test.ts.
 */
import { detectMoves, formatMoves, renderedPlaces } from '../../lib/insight/moves';

const namespace = (slug: string, movingTo?: string) =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n${movingTo ? `  annotations:\n    matih.ai/moving-to: ${movingTo}\n` : ''}  name: tenant-${slug}\n---\napiVersion: v1\nkind: ResourceQuota\n`;

/** Cluster folder -> files, with one tenant file per `[cluster, shard, slug, movingTo?]`. */
function tree(...places: Array<[string, string, string, string?]>): Map<string, Map<string, string>> {
  const clusters = new Map<string, Map<string, string>>();
  for (const [cluster, shard, slug, movingTo] of places) {
    const files = clusters.get(cluster) ?? new Map<string, string>([['apps/project.yaml', 'kind: AppProject\n']]);
    files.set(`tenants/${shard}/${slug}.yaml`, namespace(slug, movingTo));
    clusters.set(cluster, files);
  }
  return clusters;
}

const platformOf = (cluster: string) => (cluster.startsWith('prod-azure') ? 'prod-azure' : 'prod-gcp');
const moves = (base: Map<string, Map<string, string>>, head: Map<string, Map<string, string>>) =>
  detectMoves(renderedPlaces(base), renderedPlaces(head), platformOf);

describe('detectMoves', () => {
  test('no move: adding and removing other tenants, or rendering the same places, reports nothing', () => {
    const base = tree(['prod-azure', 'shard-03', 'acme'], ['prod-azure', 'shard-07', 'hooli']);
    expect(moves(base, tree(['prod-azure', 'shard-03', 'acme'], ['prod-azure', 'shard-01', 'newco']))).toEqual([]);
  });

  test('a cluster move whose old place is kept lists the provisioning, migration, cutover and retirement steps', () => {
    const base = tree(['prod-azure', 'shard-03', 'acme']);
    const head = tree(['prod-azure', 'shard-03', 'acme', 'prod-azure-acme'], ['prod-azure-acme', 'shard-03', 'acme']);
    const [move] = moves(base, head);
    expect(move).toMatchObject({ slug: 'acme', platform: 'prod-azure', kind: 'cluster', kept: true });
    expect(move.steps.map((s) => s.split(' ')[0])).toEqual(['provision', 'migrate', 'cut', 'retire']);
    expect(formatMoves([move])[1]).toBe(
      '  ! tenant acme on prod-azure: cluster move: prod-azure (tenants/shard-03) -> prod-azure-acme (tenants/shard-03) (old place kept until retired)',
    );
    expect(formatMoves([move])[2]).toBe('      DANGER: tenant placement changes; steps:');
  });

  test('a cluster move that drops the old place says to keep it with movedFrom', () => {
    const [move] = moves(tree(['prod-azure', 'shard-03', 'acme']), tree(['prod-azure-acme', 'shard-03', 'acme']));
    expect(move.kept).toBe(false);
    expect(move.steps[move.steps.length - 1]).toMatch(/^the old place is not kept: add movedFrom: /);
  });

  test('a shard move on the same cluster is an Application handover', () => {
    const [move] = moves(tree(['prod-azure', 'shard-03', 'acme']), tree(['prod-azure', 'shard-05', 'acme']));
    expect([move.kind, move.steps.length]).toEqual(['shard', 2]);
    expect(move.steps[1]).toMatch(/never prunes: nothing is deleted/);
  });

  test('retiring a kept place is reported with the manual deletion it leaves', () => {
    const base = tree(['prod-azure', 'shard-03', 'acme', 'prod-azure-acme'], ['prod-azure-acme', 'shard-03', 'acme']);
    const [move] = moves(base, tree(['prod-azure-acme', 'shard-03', 'acme']));
    expect([move.kind, move.from.cluster]).toEqual(['retired', 'prod-azure']);
    expect(move.steps[1]).toBe(
      'back up what is left of it, then delete it by hand: kubectl --context prod-azure delete namespace tenant-acme',
    );
  });

  test('a tenant on two targets is compared per target', () => {
    const base = tree(['prod-azure', 'shard-03', 'acme'], ['prod-gcp', 'shard-03', 'acme']);
    const head = tree(['prod-azure', 'shard-03', 'acme'], ['prod-gcp-acme', 'shard-03', 'acme']);
    expect(moves(base, head).map((m) => [m.platform, m.kind])).toEqual([['prod-gcp', 'cluster']]);
  });
});
