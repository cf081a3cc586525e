import * as yaml from 'js-yaml';
import type { TenantQuota, Tier } from '../../config/types';

/** Share of each tier in a synthetic tenant set, in percent (sums to 100). */
export const TIER_MIX: Readonly<Record<Tier, number>> = { FREE: 60, STARTER: 25, PROFESSIONAL: 12, ENTERPRISE: 3 };

/** The shape of one entry of tenants.yaml (what a platform admin writes). */
export interface TenantEntry {
  readonly slug: string;
  readonly tier: Tier;
  readonly targets: readonly string[];
  readonly displayName?: string;
  readonly ownerGroup?: string;
  readonly quota?: TenantQuota;
}

interface GenerateOptions {
  /** Number of tenants (0 to 99,999). */
  readonly count: number;
  /** Targets every tenant is placed on. */
  readonly targets: readonly string[];
  /** PRNG seed; the same seed and count always give the same tenants. @default 8 */
  readonly seed?: number;
  /** ENTERPRISE quotas cycle through 1x to this many times the base quota (32 CPU requested). @default 3 */
  readonly maxEnterpriseScale?: number;
}

const WORDS = [
  'acme',
  'globex',
  'initech',
  'hooli',
  'umbrella',
  'stark',
  'wayne',
  'wonka',
  'tyrell',
  'cyberdyne',
  'soylent',
  'massive',
  'aperture',
  'vandelay',
  'oscorp',
  'pied-piper',
];

/** mulberry32: tiny deterministic PRNG (no Math.random: the set must be reproducible). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tierOf(roll: number): Tier {
  let bound = 0;
  for (const [tier, percent] of Object.entries(TIER_MIX) as Array<[Tier, number]>) {
    bound += percent / 100;
    if (roll < bound) return tier;
  }
  return 'FREE';
}

function enterpriseQuota(scale: number): TenantQuota {
  return {
    requestsCpu: String(32 * scale),
    requestsMemory: `${64 * scale}Gi`,
    limitsCpu: String(64 * scale),
    limitsMemory: `${128 * scale}Gi`,
    pods: 150 * scale,
    services: 60 * scale,
    persistentVolumeClaims: 30 * scale,
    requestsStorage: `${scale}Ti`,
  };
}

/**
 * A synthetic, valid tenant set: slugs `t00001-<word>`, tiers drawn with TIER_MIX, ENTERPRISE
 * tenants with their own quota, some with a display name or their own owner group.
 */
export function generateTenants(options: GenerateOptions): TenantEntry[] {
  const { count, targets } = options;
  if (!Number.isInteger(count) || count < 0 || count > 99_999)
    throw new Error(`tenant count must be an integer from 0 to 99999, got ${count}`);
  if (targets.length === 0) throw new Error('place the synthetic tenants on at least one target');
  const random = prng(options.seed ?? 8);
  const tenants: TenantEntry[] = [];
  for (let i = 1; i <= count; i++) {
    const word = WORDS[Math.floor(random() * WORDS.length)];
    const slug = `t${String(i).padStart(5, '0')}-${word}`;
    const tier = tierOf(random());
    const named = random() < 0.5;
    const ownGroup = random() < 0.2;
    tenants.push({
      slug,
      tier,
      targets: [...targets],
      ...(named ? { displayName: `${word[0].toUpperCase()}${word.slice(1)} ${i}` } : {}),
      ...(ownGroup ? { ownerGroup: `${slug}-owners` } : {}),
      ...(tier === 'ENTERPRISE' ? { quota: enterpriseQuota(1 + (i % (options.maxEnterpriseScale ?? 3))) } : {}),
    });
  }
  return tenants;
}

/** tenants.yaml text for a generated set (the format lib/model/tenants.ts reads). */
export function tenantsYaml(tenants: readonly TenantEntry[]): string {
  return `# synthetic tenant set of apps/bench (${tenants.length} tenants)\n${yaml.dump({ tenants }, { noRefs: true, lineWidth: -1 })}`;
}
