/**
 * Cloud workload identities as both apps see them: the names the cloud app (apps/cloud.ts) gives
 * each identity, the ServiceAccount annotations the Kubernetes app (apps/k8s.ts) puts on the
 * federated ServiceAccount, and the typed "outputs step" that carries values only known after
 * `cdktf deploy` (Azure client ids) back into config/:
 *
 *   npx cdktf deploy prod-azure
 *   npm run cloud-outputs -- --target prod-azure     # writes config/targets/prod-azure.outputs.json
 *   npm run synth                                    # ServiceAccounts now carry the real client ids
 *
 * AWS role ARNs and GCP service-account e-mails are deterministic and computed here; an outputs
 * file may still override them. Pure functions only, except `loadTargetOutputs` (reads one file).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { WORKLOAD_IDENTITIES, type WorkloadIdentity } from '../../config/identities';
import { ModelError } from './tenants';
import type { ResolvedIdentity, TargetSpec, Tenant } from '../../config/types';

/**
 * Client id annotated on Azure ServiceAccounts until `npm run cloud-outputs` has recorded the real
 * one: a nil GUID, so a pod using it fails token exchange loudly instead of using a wrong identity.
 */
export const PLACEHOLDER_CLIENT_ID = '00000000-0000-0000-0000-000000000000';

export const ANNOTATION = {
  azure: 'azure.workload.identity/client-id',
  aws: 'eks.amazonaws.com/role-arn',
  gcp: 'iam.gke.io/gcp-service-account',
} as const;

/** Pod label the Azure workload identity webhook needs to inject the federated token. */
export const AZURE_USE_LABEL = 'azure.workload.identity/use';

/** A ServiceAccount federated to a cloud identity: the platform ones plus one per tenant. */
export interface FederatedIdentity {
  readonly name: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly permission: WorkloadIdentity['permission'] | 'tenant-vault-read';
  /** Tenant slug for tenant identities (read their own vault prefix only). */
  readonly tenant?: string;
}

/** ServiceAccount a tenant's namespaced SecretStore uses to read the tenant's own vault prefix. */
export const TENANT_SECRETS_SERVICE_ACCOUNT = 'tenant-secrets';

export function tenantIdentity(slug: string): FederatedIdentity {
  return { name: `tenant-${slug}`, namespace: `tenant-${slug}`, serviceAccount: TENANT_SECRETS_SERVICE_ACCOUNT, permission: 'tenant-vault-read', tenant: slug };
}

/** Every federated identity of a target: config/identities.ts, then one per tenant on the target. */
export function federatedIdentities(tenants: readonly Pick<Tenant, 'slug'>[]): FederatedIdentity[] {
  return [...WORKLOAD_IDENTITIES, ...tenants.map((t) => tenantIdentity(t.slug))];
}

function identityNamed(name: string): FederatedIdentity {
  const platform = WORKLOAD_IDENTITIES.find((i) => i.name === name);
  if (platform) return platform;
  if (name.startsWith('tenant-') && name.length > 'tenant-'.length) return tenantIdentity(name.slice('tenant-'.length));
  throw new Error(`unknown workload identity "${name}"; known: ${WORKLOAD_IDENTITIES.map((i) => i.name).join(', ')}, tenant-<slug>`);
}

/** The OIDC subject Kubernetes puts in the ServiceAccount token: what Azure and AWS trust. */
export function serviceAccountSubject(identity: Pick<FederatedIdentity, 'namespace' | 'serviceAccount'>): string {
  return `system:serviceaccount:${identity.namespace}:${identity.serviceAccount}`;
}

/** GKE workload identity principal of a ServiceAccount: what `roles/iam.workloadIdentityUser` is granted to. */
export function gcpWorkloadIdentityMember(projectId: string, identity: Pick<FederatedIdentity, 'namespace' | 'serviceAccount'>): string {
  return `serviceAccount:${projectId}.svc.id.goog[${identity.namespace}/${identity.serviceAccount}]`;
}

function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Azure user-assigned identity name (resource group scoped, so readable names suffice). */
export function azureIdentityName(target: TargetSpec, identity: Pick<FederatedIdentity, 'name'>): string {
  return `id-${target.cluster.name}-${identity.name}`;
}

/** AWS IAM role name (at most 64 characters). */
export function awsRoleName(target: TargetSpec, identity: Pick<FederatedIdentity, 'name'>): string {
  const name = `${target.cluster.name}-${identity.name}`;
  return name.length <= 64 ? name : `${name.slice(0, 55).replace(/-+$/, '')}-${shortHash(name, 8)}`;
}

export function awsRoleArn(target: TargetSpec, identity: Pick<FederatedIdentity, 'name'>): string {
  if (target.provider.cloud !== 'aws') throw new Error(`${target.name} is not an AWS target`);
  return `arn:aws:iam::${target.provider.accountId}:role/${awsRoleName(target, identity)}`;
}

/** GCP service account id: 6 to 30 characters, `<env>-<identity>`, shortened with a hash when longer. */
export function gcpServiceAccountId(target: TargetSpec, identity: Pick<FederatedIdentity, 'name'>): string {
  const id = `${target.environment}-${identity.name}`;
  return id.length <= 30 ? id : `${id.slice(0, 21).replace(/-+$/, '')}-${shortHash(`${target.name}/${identity.name}`, 8)}`;
}

export function gcpServiceAccountEmail(target: TargetSpec, identity: Pick<FederatedIdentity, 'name'>): string {
  if (target.provider.cloud !== 'gcp') throw new Error(`${target.name} is not a GCP target`);
  return `${gcpServiceAccountId(target, identity)}@${target.provider.projectId}.iam.gserviceaccount.com`;
}

/**
 * Where a tenant's (or the platform's) secrets live. Azure Key Vault has no paths, so each tenant
 * gets its own vault; AWS Secrets Manager uses a name prefix; GCP Secret Manager a secret-id prefix.
 */
export type VaultLocation =
  | { readonly cloud: 'azure'; readonly keyVaultName: string; readonly vaultUrl: string }
  | { readonly cloud: 'aws'; readonly region: string; readonly prefix: string }
  | { readonly cloud: 'gcp'; readonly projectId: string; readonly prefix: string };

export function vaultLocation(target: TargetSpec, tenant?: string): VaultLocation {
  const p = target.provider;
  switch (p.cloud) {
    case 'azure': {
      // Key Vault names are global, 3-24 characters, letters/digits/single hyphens.
      const name = tenant ? `kv-${tenant.slice(0, 12).replace(/-+$/, '')}-${shortHash(`${target.name}/${tenant}`, 8)}` : p.keyVaultName;
      return { cloud: 'azure', keyVaultName: name, vaultUrl: `https://${name}.vault.azure.net/` };
    }
    case 'aws':
      return { cloud: 'aws', region: p.region, prefix: tenant ? `matih/${target.name}/tenants/${tenant}/` : `matih/${target.name}/platform/` };
    case 'gcp':
      // Secret ids allow [A-Za-z0-9_-]; "--" never occurs in a slug, so it separates safely.
      return { cloud: 'gcp', projectId: p.projectId, prefix: tenant ? `tenant--${tenant}--` : 'platform--' };
  }
}

const identityOutputSchema = z.strictObject({
  clientId: z.guid({ error: 'expected a GUID (the client id of the user-assigned identity)' }).optional(),
  principalId: z.guid().optional(),
  roleArn: z.string().regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,64}$/, 'expected an IAM role ARN').optional(),
  serviceAccountEmail: z.email({ error: 'expected a service-account e-mail' }).optional(),
});

export const targetOutputsSchema = z.strictObject({
  /** Target the values belong to (must match the file name). */
  target: z.string().min(1),
  /** Where the values came from, e.g. `terraform output -json (cdktf.out/stacks/prod-azure)`. */
  source: z.string().optional(),
  /** Identity name (config/identities.ts or `tenant-<slug>`) -> values of its cloud identity. */
  identities: z.record(z.string(), identityOutputSchema),
  /** Name servers of the target's platform DNS zone, for delegating it from the parent zone. */
  nameServers: z.array(z.string()).optional(),
});

export type TargetOutputs = z.infer<typeof targetOutputsSchema>;
export type IdentityOutputs = z.infer<typeof identityOutputSchema>;

export function outputsFile(dataDir: string, targetName: string): string {
  return path.join(dataDir, 'targets', `${targetName}.outputs.json`);
}

/** Validates outputs JSON (already parsed); `file` is used in messages. */
export function parseTargetOutputs(raw: unknown, file: string, targetName: string): TargetOutputs {
  const parsed = targetOutputsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ModelError(file, parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`));
  }
  if (parsed.data.target !== targetName) throw new ModelError(file, [`target: "${parsed.data.target}" does not match the file name (expected "${targetName}")`]);
  return parsed.data;
}

/** Reads `<dataDir>/targets/<target>.outputs.json`; undefined when the target has none (not yet applied). */
export function loadTargetOutputs(dataDir: string, targetName: string): TargetOutputs | undefined {
  const file = outputsFile(dataDir, targetName);
  if (!fs.existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ModelError(file, [`JSON syntax error: ${(error as Error).message}`]);
  }
  return parseTargetOutputs(raw, file, targetName);
}

/** ServiceAccount annotations binding `identityName` to its cloud identity on `target`. */
export function identityAnnotations(target: TargetSpec, identityName: string, outputs?: TargetOutputs): Record<string, string> {
  const identity = identityNamed(identityName);
  const recorded = outputs?.identities[identity.name];
  switch (target.provider.cloud) {
    case 'azure':
      return { [ANNOTATION.azure]: recorded?.clientId ?? PLACEHOLDER_CLIENT_ID };
    case 'aws':
      return { [ANNOTATION.aws]: recorded?.roleArn ?? awsRoleArn(target, identity) };
    case 'gcp':
      return { [ANNOTATION.gcp]: recorded?.serviceAccountEmail ?? gcpServiceAccountEmail(target, identity) };
  }
}

/** Pod labels every pod using a federated ServiceAccount needs on this target's cloud. */
export function identityPodLabels(target: TargetSpec): Record<string, string> {
  return target.provider.cloud === 'azure' ? { [AZURE_USE_LABEL]: 'true' } : {};
}

/** True when an Azure target still annotates placeholder client ids (outputs step not run). */
export function pendingIdentities(target: TargetSpec, outputs?: TargetOutputs): string[] {
  if (target.provider.cloud !== 'azure') return [];
  return WORKLOAD_IDENTITIES.filter((i) => !outputs?.identities[i.name]?.clientId).map((i) => i.name);
}

/** The platform identities of a target as config/types.ts `ResolvedIdentity` (for config/resolve-identities.ts). */
export function resolveIdentityValues(target: TargetSpec, outputs?: TargetOutputs): Record<string, ResolvedIdentity> {
  const podLabels = identityPodLabels(target);
  return Object.fromEntries(
    WORKLOAD_IDENTITIES.map((i) => [i.name, { namespace: i.namespace, serviceAccount: i.serviceAccount, annotations: identityAnnotations(target, i.name, outputs), podLabels }]),
  );
}
