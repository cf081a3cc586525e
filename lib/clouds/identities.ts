/**
 * Federated workload identities, the same on every cloud: a Kubernetes ServiceAccount whose token a
 * cloud identity trusts. The platform ones come from config/identities.ts; every tenant gets one
 * that may read only its own vault entries. Each cloud profile names and annotates them its way.
 */
import { createHash } from 'node:crypto';
import { WORKLOAD_IDENTITIES, type WorkloadIdentity } from '../../config/identities';
import type { Tenant } from '../../config/types';

/**
 * Client id annotated on Azure ServiceAccounts until `npm run cloud-outputs` has recorded the real
 * one: a nil GUID, so a pod using it fails token exchange loudly instead of using a wrong identity.
 */
export const PLACEHOLDER_CLIENT_ID = '00000000-0000-0000-0000-000000000000';

/** A ServiceAccount federated to a cloud identity: the platform ones plus one per tenant. */
export interface FederatedIdentity {
  readonly name: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly permission: WorkloadIdentity['permission'] | 'tenant-vault-read';
  /** Tenant slug for tenant identities (read their own vault prefix only). */
  readonly tenant?: string;
  /** For `backup-write`: the data service whose backup location it may use (config/identities.ts). */
  readonly backupOf?: string;
}

/** ServiceAccount a tenant's namespaced SecretStore uses to read the tenant's own vault prefix. */
export const TENANT_SECRETS_SERVICE_ACCOUNT = 'tenant-secrets';

export function tenantIdentity(slug: string): FederatedIdentity {
  return {
    name: `tenant-${slug}`,
    namespace: `tenant-${slug}`,
    serviceAccount: TENANT_SECRETS_SERVICE_ACCOUNT,
    permission: 'tenant-vault-read',
    tenant: slug,
  };
}

/** Every federated identity of a target: config/identities.ts, then one per tenant on the target. */
export function federatedIdentities(tenants: readonly Pick<Tenant, 'slug'>[]): FederatedIdentity[] {
  return [...WORKLOAD_IDENTITIES, ...tenants.map((t) => tenantIdentity(t.slug))];
}

/** A platform identity by name, or `tenant-<slug>`. */
export function identityNamed(name: string): FederatedIdentity {
  const platform = WORKLOAD_IDENTITIES.find((i) => i.name === name);
  if (platform) return platform;
  if (name.startsWith('tenant-') && name.length > 'tenant-'.length) return tenantIdentity(name.slice('tenant-'.length));
  throw new Error(`unknown workload identity "${name}"; known: ${WORKLOAD_IDENTITIES.map((i) => i.name).join(', ')}, tenant-<slug>`);
}

/** The OIDC subject Kubernetes puts in the ServiceAccount token: what Azure and AWS trust. */
export function serviceAccountSubject(identity: Pick<FederatedIdentity, 'namespace' | 'serviceAccount'>): string {
  return `system:serviceaccount:${identity.namespace}:${identity.serviceAccount}`;
}

/** A short stable hash that keeps shortened cloud names unique. */
export function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
