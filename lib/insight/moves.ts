/**
 * Tenant moves between two renders of the fleet (the committed dist/ and a fresh synth): a tenant
 * whose cluster or shard changes. Read from the rendered folders themselves, so it works against any
 * baseline that has a dist/ (the working tree or a git ref): a tenant's place is the cluster folder
 * and shard folder of `tenants/<shard>/<slug>.yaml`, and a place kept only while the tenant moves
 * carries the namespace annotation `matih.ai/moving-to`.
 *
 * Every move is dangerous: a cluster move implies provisioning, data migration and a DNS cutover; a
 * shard move hands the tenant's objects from one Argo CD Application to another. Nothing is deleted
 * by the change itself (tenant namespaces and shard Applications never prune); the steps say what
 * has to happen, in order.
 */
import * as yaml from 'js-yaml';
import { type DiffColors, NO_COLORS } from './semantic-diff';

/** Where a tenant's objects are rendered. */
export interface RenderedPlace {
  /** dist folder: the platform target or a member cluster `<target>-<member>`. */
  readonly cluster: string;
  /** Shard folder under `tenants/` (`shard-07`). */
  readonly shard: string;
  /** Set when this place is kept only while the tenant moves to that cluster. */
  readonly movingTo?: string;
}

type MoveKind = 'cluster' | 'shard' | 'retired';

export interface TenantMove {
  readonly slug: string;
  /** The platform target both places belong to. */
  readonly platform: string;
  readonly kind: MoveKind;
  readonly from: RenderedPlace;
  /** The new place (for a retirement: where the tenant now lives). */
  readonly to?: RenderedPlace;
  /** A cluster move whose old place is still rendered (tenants.yaml `movedFrom`, not retired). */
  readonly kept: boolean;
  readonly steps: readonly string[];
}

const TENANT_FILE = /^tenants\/([^/]+)\/([^/]+)\.yaml$/;
const MOVING_TO = 'matih.ai/moving-to';

/** The first YAML document of a file: every tenant file starts with the tenant's Namespace. */
function firstDocument(text: string): { kind?: string; metadata?: { name?: string; annotations?: Record<string, string> } } | undefined {
  const end = text.indexOf('\n---');
  try {
    return yaml.load(end >= 0 ? text.slice(0, end) : text) as ReturnType<typeof firstDocument>;
  } catch {
    return undefined;
  }
}

/** Every tenant's rendered places, from the files of each cluster folder (`cluster -> path -> text`). */
export function renderedPlaces(clusters: ReadonlyMap<string, ReadonlyMap<string, string>>): Map<string, RenderedPlace[]> {
  const places = new Map<string, RenderedPlace[]>();
  for (const [cluster, files] of clusters) {
    for (const [file, text] of files) {
      const match = TENANT_FILE.exec(file);
      if (!match) continue;
      const ns = firstDocument(text);
      if (ns?.kind !== 'Namespace' || ns.metadata?.name !== `tenant-${match[2]}`) continue;
      const movingTo = ns.metadata.annotations?.[MOVING_TO];
      const place: RenderedPlace = { cluster, shard: match[1], ...(movingTo ? { movingTo } : {}) };
      places.set(match[2], [...(places.get(match[2]) ?? []), place]);
    }
  }
  return places;
}

const same = (a: RenderedPlace, b: RenderedPlace): boolean => a.cluster === b.cluster && a.shard === b.shard;
const where = (p: RenderedPlace): string => `${p.cluster} (tenants/${p.shard})`;

function clusterSteps(slug: string, from: RenderedPlace, to: RenderedPlace, kept: boolean): string[] {
  return [
    `provision ${to.cluster}: npx cdktf deploy ${to.cluster} (peering, zone, vaults, identities), then Argo CD syncs dist/${to.cluster}/`,
    `migrate tenant-${slug}'s data from ${from.cluster} to ${to.cluster} (databases, buckets, vault entries)`,
    `cut DNS over: set movedFrom.retired: true for ${slug} in tenants.yaml; the zone ${slug}.<domain> is then delegated from ${to.cluster}'s stack`,
    `retire the old namespace tenant-${slug} on ${from.cluster}: it stays (Prune=false,Delete=false) until deleted by hand after a backup`,
    ...(kept
      ? []
      : [
          `the old place is not kept: add movedFrom: { placement: <its placement>, shard: <its shard> } to ${slug} in tenants.yaml, so ${from.cluster} keeps serving it until the data has moved`,
        ]),
  ];
}

/**
 * The moves between `base` and `head` (each: tenant -> rendered places). `platformOf` maps a cluster
 * folder to its platform target, so a tenant on two targets is compared per target.
 */
export function detectMoves(
  base: ReadonlyMap<string, readonly RenderedPlace[]>,
  head: ReadonlyMap<string, readonly RenderedPlace[]>,
  platformOf: (cluster: string) => string,
): TenantMove[] {
  const moves: TenantMove[] = [];
  for (const slug of [...new Set([...base.keys(), ...head.keys()])].sort()) {
    const byPlatform = (places: readonly RenderedPlace[] = []) => {
      const map = new Map<string, RenderedPlace[]>();
      for (const p of places) map.set(platformOf(p.cluster), [...(map.get(platformOf(p.cluster)) ?? []), p]);
      return map;
    };
    const before = byPlatform(base.get(slug));
    const after = byPlatform(head.get(slug));
    for (const platform of [...before.keys()].sort()) {
      const was = before.get(platform)!;
      const now = after.get(platform);
      if (!now) continue; // The tenant left the target: the semantic diff reports the deleted namespace.
      const wasCurrent = was.find((p) => !p.movingTo);
      const nowCurrent = now.find((p) => !p.movingTo);
      if (wasCurrent && nowCurrent && !same(wasCurrent, nowCurrent)) {
        if (wasCurrent.cluster !== nowCurrent.cluster) {
          const kept = now.some((p) => p.movingTo && same(p, wasCurrent));
          moves.push({
            slug,
            platform,
            kind: 'cluster',
            from: wasCurrent,
            to: nowCurrent,
            kept,
            steps: clusterSteps(slug, wasCurrent, nowCurrent, kept),
          });
        } else {
          moves.push({
            slug,
            platform,
            kind: 'shard',
            from: wasCurrent,
            to: nowCurrent,
            kept: false,
            steps: [
              `Argo CD Application of tenants/${nowCurrent.shard} takes over tenant-${slug}'s objects on ${nowCurrent.cluster}; sync it`,
              `the Application of tenants/${wasCurrent.shard} no longer lists them and never prunes: nothing is deleted, the cluster keeps running them`,
            ],
          });
        }
      }
      // A kept place that disappears: the tenant was retired from it.
      for (const old of was.filter((p) => p.movingTo)) {
        if (now.some((p) => same(p, old))) continue;
        moves.push({
          slug,
          platform,
          kind: 'retired',
          from: old,
          ...(nowCurrent ? { to: nowCurrent } : {}),
          kept: false,
          steps: [
            `tenant-${slug} is no longer rendered on ${old.cluster}; its namespace stays (Prune=false,Delete=false)`,
            `back up what is left of it, then delete it by hand: kubectl --context ${old.cluster} delete namespace tenant-${slug}`,
          ],
        });
      }
    }
  }
  return moves;
}

/** Adds `more` (places of other clusters) to `into`. */
export function mergePlaces(into: Map<string, RenderedPlace[]>, more: ReadonlyMap<string, readonly RenderedPlace[]>): void {
  for (const [slug, places] of more) into.set(slug, [...(into.get(slug) ?? []), ...places]);
}

/** Human-readable lines of the moves, each marked DANGER (every move needs the steps it lists). */
export function formatMoves(moves: readonly TenantMove[], c: DiffColors = NO_COLORS): string[] {
  if (moves.length === 0) return [];
  const lines = [c.bold(`tenant moves: ${moves.length}`)];
  for (const m of moves) {
    const headline =
      m.kind === 'retired'
        ? `retired: ${where(m.from)}`
        : `${m.kind === 'cluster' ? 'cluster move' : 'shard move'}: ${where(m.from)} -> ${where(m.to!)}${m.kept ? ' (old place kept until retired)' : ''}`;
    lines.push(`  ${c.yellow('!')} tenant ${m.slug} on ${m.platform}: ${headline}`);
    lines.push(
      `      ${c.red(c.bold('DANGER:'))} ${m.kind === 'retired' ? 'a tenant namespace leaves git' : 'tenant placement changes'}; steps:`,
    );
    m.steps.forEach((s, i) => lines.push(`        ${i + 1}. ${s}`));
  }
  return lines;
}
