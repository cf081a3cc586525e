/**
 * The tenant quota table and LimitRange as the platform's documents give them (fact sheet §4 "Tenant
 * model"), written out by hand from the fact sheet, never imported from config/. The fact sheet's
 * quota tables disagree; config/tenancy.ts records which row each value is taken from, and this
 * table pins that choice: a value that changes must change here too, with its source.
 */
import type { TenantQuota, Tier } from '../../config/types';

/** One pinned value: the tier, the quota field, the value and the fact-sheet row it comes from. */
export interface QuotaFact {
  readonly tier: Exclude<Tier, 'ENTERPRISE'>;
  readonly field: keyof TenantQuota;
  readonly value: string | number;
  /** Fact sheet §4 row (source key and tier), or `choice` when no row gives the value. */
  readonly source: string;
}

export const QUOTA_FACTS: readonly QuotaFact[] = [
  // FREE: the [RESISO] "Free" row (its CPU/memory/services/PVCs equal the [PROVNS] FREE row); storage is a choice.
  { tier: 'FREE', field: 'requestsCpu', value: '2', source: '[RESISO] Free' },
  { tier: 'FREE', field: 'limitsCpu', value: '4', source: '[RESISO] Free' },
  { tier: 'FREE', field: 'requestsMemory', value: '4Gi', source: '[RESISO] Free' },
  { tier: 'FREE', field: 'limitsMemory', value: '8Gi', source: '[RESISO] Free' },
  { tier: 'FREE', field: 'pods', value: 20, source: '[RESISO] Free' },
  { tier: 'FREE', field: 'services', value: 10, source: '[RESISO] Free' },
  { tier: 'FREE', field: 'persistentVolumeClaims', value: 5, source: '[RESISO] Free' },
  { tier: 'FREE', field: 'requestsStorage', value: '10Gi', source: 'choice (no row gives FREE storage)' },
  // STARTER: the [NSTEN] STARTER row (requests, pods, storage); limits 2x requests, services and PVCs of the [RESISO] Professional row.
  { tier: 'STARTER', field: 'requestsCpu', value: '8', source: '[NSTEN] STARTER' },
  { tier: 'STARTER', field: 'limitsCpu', value: '16', source: 'choice (2x requests; [RESISO] Professional has 8 / 16)' },
  { tier: 'STARTER', field: 'requestsMemory', value: '16Gi', source: '[NSTEN] STARTER' },
  { tier: 'STARTER', field: 'limitsMemory', value: '32Gi', source: 'choice (2x requests; [RESISO] Professional has 16Gi / 32Gi)' },
  { tier: 'STARTER', field: 'pods', value: 30, source: '[NSTEN] STARTER' },
  { tier: 'STARTER', field: 'services', value: 20, source: '[RESISO] Professional' },
  { tier: 'STARTER', field: 'persistentVolumeClaims', value: 10, source: '[RESISO] Professional' },
  { tier: 'STARTER', field: 'requestsStorage', value: '50Gi', source: '[NSTEN] STARTER' },
  // PROFESSIONAL: the [PROVNS] PROFESSIONAL row; pods and storage from the [NSTEN] STANDARD row.
  { tier: 'PROFESSIONAL', field: 'requestsCpu', value: '16', source: '[PROVNS] PROFESSIONAL' },
  { tier: 'PROFESSIONAL', field: 'limitsCpu', value: '32', source: '[PROVNS] PROFESSIONAL' },
  { tier: 'PROFESSIONAL', field: 'requestsMemory', value: '32Gi', source: '[PROVNS] PROFESSIONAL' },
  { tier: 'PROFESSIONAL', field: 'limitsMemory', value: '64Gi', source: '[PROVNS] PROFESSIONAL' },
  { tier: 'PROFESSIONAL', field: 'pods', value: 100, source: '[NSTEN] STANDARD' },
  { tier: 'PROFESSIONAL', field: 'services', value: 100, source: '[PROVNS] PROFESSIONAL' },
  { tier: 'PROFESSIONAL', field: 'persistentVolumeClaims', value: 50, source: '[PROVNS] PROFESSIONAL' },
  { tier: 'PROFESSIONAL', field: 'requestsStorage', value: '200Gi', source: '[NSTEN] STANDARD' },
];

/** The pinned quota of a tier with a default (ENTERPRISE tenants state their own in tenants.yaml). */
export function factQuota(tier: Exclude<Tier, 'ENTERPRISE'>): TenantQuota {
  const entries = QUOTA_FACTS.filter((f) => f.tier === tier).map((f) => [f.field, f.value]);
  return Object.fromEntries(entries) as unknown as TenantQuota;
}

/** LimitRange `tenant-limits` for containers: fact sheet §4 "LimitRange tenant-limits" [NSISO][RESISO]. */
export const LIMIT_RANGE_FACTS = {
  default: { cpu: '500m', memory: '512Mi' },
  defaultRequest: { cpu: '100m', memory: '256Mi' },
  max: { cpu: '2', memory: '4Gi' },
  min: { cpu: '50m', memory: '64Mi' },
} as const;
