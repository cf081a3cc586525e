import * as fs from 'node:fs';
import * as yaml from 'js-yaml';
import { z } from 'zod';
import { isQuantity, parseQuantity } from '../k8s/quantity';
import { TIER_QUOTAS } from '../../config/tenancy';
import { ENVIRONMENTS, PLACEMENTS, TIERS, type Tenant, type TenantQuota } from '../../config/types';
import { ModelError } from './errors';

export { ModelError } from './errors';

/** Namespace of a tenant (fact sheet §2 [PROVNS][NSTEN]: `tenant-{slug}` on shared clusters). */
export function tenantNamespace(slug: string): string {
  return `tenant-${slug}`;
}

/** A tenant namespace is `tenant-<slug>` (63 characters at most), so slugs are short DNS-1123 labels. */
const SLUG = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const MAX_SLUG_LENGTH = 40;

const quantity = z
  .string({ error: 'expected a Kubernetes quantity such as "8" or "16Gi"' })
  .refine(isQuantity, { message: 'not a Kubernetes quantity (expected e.g. "500m", "8", "16Gi")' });

const quotaSchema = z.strictObject({
  requestsCpu: quantity,
  requestsMemory: quantity,
  limitsCpu: quantity,
  limitsMemory: quantity,
  pods: z.number().int().positive(),
  services: z.number().int().positive(),
  persistentVolumeClaims: z.number().int().nonnegative(),
  requestsStorage: quantity,
});

const placement = z.enum(PLACEMENTS, { error: `expected one of ${PLACEMENTS.join(', ')}` });
const index = z.number({ error: 'expected a non-negative integer' }).int('expected a non-negative integer').nonnegative();

const tenantSchema = z.strictObject({
  slug: z
    .string()
    .max(MAX_SLUG_LENGTH, `at most ${MAX_SLUG_LENGTH} characters`)
    .regex(SLUG, 'must be a DNS-1123 label starting with a letter: lowercase letters, digits and "-"')
    .refine((s) => !s.includes('--'), 'must not contain "--" (reserved as the vault key separator)'),
  tier: z.enum(TIERS, { error: `expected one of ${TIERS.join(', ')}` }),
  targets: z.array(z.string()).min(1, 'place the tenant on at least one target'),
  displayName: z.string().optional(),
  ownerGroup: z.string().min(1).optional(),
  // Partial: a FREE/STARTER/PROFESSIONAL tenant overrides single keys of its tier's quota; ENTERPRISE must set all (checked below).
  quota: quotaSchema.partial().optional(),
  placement: placement.optional(),
  placementByEnvironment: z
    .partialRecord(z.enum(ENVIRONMENTS, { error: `expected one of ${ENVIRONMENTS.join(', ')}` }), placement)
    .optional(),
  shard: index.optional(),
  networkSlot: index.optional(),
  movedFrom: z
    .strictObject({ placement, shard: index.optional(), retired: z.boolean({ error: 'expected true or false' }).default(false) })
    .optional(),
});

const QUOTA_KEYS = Object.keys(quotaSchema.shape) as Array<keyof TenantQuota>;

const fileSchema = z.strictObject({ tenants: z.array(tenantSchema) });

function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  // tenants[3] -> tenants[3] (slug "acme") so the message names the tenant, not only its index.
  if (path[0] === 'tenants' && typeof path[1] === 'number') {
    const entry = (raw as { tenants?: Array<{ slug?: unknown }> })?.tenants?.[path[1]];
    const slug = typeof entry?.slug === 'string' ? ` (slug "${entry.slug}")` : '';
    const rest = path.slice(2).map(String).join('.');
    return `tenants[${path[1]}]${slug}${rest ? `.${rest}` : ''}`;
  }
  return path.map(String).join('.') || '(root)';
}

/** `, found <value>` for a problem at `path`, so every message says what was expected and what was there. */
function foundAt(raw: unknown, path: readonly PropertyKey[], code: string): string {
  if (code === 'unrecognized_keys') return '';
  let value: unknown = raw;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  if (value === undefined) return ', found nothing';
  const text = JSON.stringify(value);
  return `, found ${text.length > 60 ? `${text.slice(0, 60)}...` : text}`;
}

/** Parses and validates tenants.yaml text; `knownTargets` are the target names in config/targets. */
export function parseTenants(text: string, file: string, knownTargets: readonly string[]): Tenant[] {
  let raw: unknown;
  try {
    raw = yaml.load(text, { filename: file });
  } catch (error) {
    throw new ModelError(file, [`YAML syntax error: ${(error as Error).message.split('\n')[0]}`]);
  }
  if (raw === undefined || raw === null) {
    throw new ModelError(file, ['file is empty: expected a mapping with a "tenants:" list (use "tenants: []" for none)']);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ModelError(
      file,
      parsed.error.issues.map((issue) => `${describePath(raw, issue.path)}: ${issue.message}${foundAt(raw, issue.path, issue.code)}`),
    );
  }
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const tenants: Tenant[] = [];
  parsed.data.tenants.forEach((t, index) => {
    const where = `tenants[${index}] (slug "${t.slug}")`;
    const first = seen.get(t.slug);
    if (first !== undefined) problems.push(`${where}.slug: duplicate slug, already used by tenants[${first}]`);
    else seen.set(t.slug, index);
    t.targets.forEach((target, i) => {
      if (!knownTargets.includes(target)) {
        problems.push(`${where}.targets[${i}]: unknown target "${target}"; known targets: ${knownTargets.join(', ')}`);
      }
    });
    if (new Set(t.targets).size !== t.targets.length) problems.push(`${where}.targets: a target is listed twice`);
    if (t.tier === 'ENTERPRISE' && !t.quota) {
      problems.push(`${where}.quota: ENTERPRISE tenants must state their own quota (there is no tier default)`);
      return;
    }
    if (t.tier === 'ENTERPRISE') {
      const missing = QUOTA_KEYS.filter((k) => t.quota![k] === undefined);
      if (missing.length > 0) {
        problems.push(`${where}.quota: an ENTERPRISE quota has no tier default, so it must be complete; missing ${missing.join(', ')}`);
        return;
      }
    }
    // A partial quota of another tier is merged over the tier's quota (README "Add a tenant").
    const quota = (
      t.quota ? { ...(t.tier === 'ENTERPRISE' ? {} : TIER_QUOTAS[t.tier]), ...t.quota } : TIER_QUOTAS[t.tier as 'FREE']
    ) as TenantQuota;
    for (const res of ['Cpu', 'Memory'] as const) {
      const [requests, limits] = [quota[`requests${res}`], quota[`limits${res}`]];
      if (parseQuantity(limits) < parseQuantity(requests))
        problems.push(`${where}.quota.limits${res}: ${limits} is below requests${res} ${requests}; limits must be at least the requests`);
    }
    tenants.push({
      slug: t.slug,
      tier: t.tier,
      targets: t.targets,
      ...(t.displayName ? { displayName: t.displayName } : {}),
      ownerGroup: t.ownerGroup ?? `matih-tenant-${t.slug}-admins`,
      quota,
      ...(t.placement ? { placement: t.placement } : {}),
      ...(t.placementByEnvironment ? { placementByEnvironment: t.placementByEnvironment } : {}),
      ...(t.shard !== undefined ? { shard: t.shard } : {}),
      ...(t.networkSlot !== undefined ? { networkSlot: t.networkSlot } : {}),
      ...(t.movedFrom ? { movedFrom: t.movedFrom } : {}),
    });
  });
  if (problems.length > 0) throw new ModelError(file, problems);
  return tenants;
}

export function loadTenants(file: string, knownTargets: readonly string[]): Tenant[] {
  if (!fs.existsSync(file)) throw new ModelError(file, ['file not found']);
  return parseTenants(fs.readFileSync(file, 'utf8'), file, knownTargets);
}
