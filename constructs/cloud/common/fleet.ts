/**
 * What every cloud's stacks share about the fleet: who delegates which zone, and the vault entry a
 * member cluster writes for its Argo CD cluster Secret.
 */
import type { TargetSpec, Tenant } from '../../../config/types';
import type { CloudFleet, CloudModel } from './model';

/** The fleet of a stack's model (a platform cluster without members when none is given). */
export function cloudFleet(model: CloudModel): CloudFleet {
  return (
    model.fleet ?? {
      role: 'platform',
      platform: model.target,
      tenantDomain: model.target.domain,
      arriving: [],
      members: [],
      endpoints: [],
    }
  );
}

interface TenantZone {
  readonly slug: string;
  /** `<slug>.<platform domain>`. */
  readonly domain: string;
  /** Delegated from this stack: not while the tenant moves in (the place it leaves keeps the delegation). */
  readonly delegate: boolean;
}

/**
 * The tenant zones a stack creates: one per tenant it hosts, except a dedicated cluster's own
 * tenant, whose zone is the cluster's zone itself.
 */
export function tenantZones(model: CloudModel): TenantZone[] {
  const fleet = cloudFleet(model);
  return model.tenants
    .map((t: Tenant) => ({ slug: t.slug, domain: `${t.slug}.${fleet.tenantDomain}`, delegate: !fleet.arriving.includes(t.slug) }))
    .filter((z) => z.domain !== model.target.domain);
}

/** True when this stack's own zone (a member's `<member>.<domain>`) is delegated from the platform zone by this stack. */
export function delegatesOwnZone(model: CloudModel): boolean {
  const fleet = cloudFleet(model);
  if (fleet.role === 'platform') return false;
  // A dedicated cluster's zone is its tenant's: while the tenant moves in, the place it leaves keeps the delegation.
  return !model.tenants.some((t) => `${t.slug}.${fleet.tenantDomain}` === model.target.domain && fleet.arriving.includes(t.slug));
}

/**
 * The vault entry (platform scope) a member's stack writes: `platform--cluster-<member>` (lib/model/secret-keys.ts),
 * holding where the API server is and which CA signs it (`server`, `caData`) plus cloud-specific identifiers; no credential.
 */
export function clusterEntryName(member: TargetSpec): string {
  return `platform--cluster-${member.name}`;
}
