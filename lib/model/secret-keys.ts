/**
 * Remote-key naming scheme: where each Kubernetes Secret's values live in the target's vault.
 *
 *   platform Secret <secret>           -> vault entry `platform--<secret>`
 *   tenant Secret <secret> of <slug>   -> vault entry `tenant--<slug>--<secret>`
 *
 * One vault entry per Kubernetes Secret, holding a JSON object whose properties are the Secret's
 * keys (`{"username": "...", "password": "..."}`); an ExternalSecret reads each key with
 * `remoteRef: { key: <entry>, property: <key> }`. The same ExternalSecret objects then work on
 * every store: Azure Key Vault, AWS Secrets Manager and GCP Secret Manager select the property
 * from the JSON value, and the dev store (ESO `kubernetes` provider) reads the Secret named
 * `<entry>` in matih-system and selects its data key.
 *
 * Entry names use only [a-z0-9-], valid on all three vaults (Azure Key Vault allows only
 * [0-9a-zA-Z-]) and as Kubernetes Secret names. Neither slugs (lib/model/tenants.ts) nor secret
 * names (checked here) contain `--`, so `--` separates unambiguously: the prefix
 * `tenant--acme--` never matches an entry of tenant `acme-corp`. The `platform--` and
 * `tenant--<slug>--` prefixes are the GCP prefixes of lib/clouds `vaultLocation`, which the
 * cloud side scopes IAM to; AWS adds the store-level prefix `matih/<target>/...` on top.
 */

const KEY_SEPARATOR = '--';
const PLATFORM_SCOPE = 'platform';
const TENANT_SCOPE = 'tenant';

/** Azure Key Vault secret names are at most 127 characters. */
const MAX_REMOTE_KEY_LENGTH = 127;

const SECRET_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Keys inside a Secret (Kubernetes data keys); ESO looks a dotted `property` up literally before as a JSON path. */
const SECRET_KEY = /^[A-Za-z0-9]([-_.A-Za-z0-9]*[A-Za-z0-9])?$/;

class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

/** Throws unless `name` can be both a Kubernetes Secret name and part of a vault entry name. */
export function checkSecretName(name: string): string {
  if (!SECRET_NAME.test(name) || name.length > 63) {
    throw new SecretKeyError(`secret name "${name}" must be a DNS-1123 label (lowercase letters, digits, "-", at most 63 characters)`);
  }
  if (name.includes(KEY_SEPARATOR))
    throw new SecretKeyError(`secret name "${name}" must not contain "${KEY_SEPARATOR}" (the vault key separator)`);
  return name;
}

/** Throws unless `key` can be a Secret data key and an ESO `property`. */
export function checkSecretKey(secret: string, key: string): string {
  if (!SECRET_KEY.test(key)) {
    throw new SecretKeyError(`key "${key}" of secret "${secret}" must match ${SECRET_KEY} (letters, digits, "-", "_", ".")`);
  }
  return key;
}

function checked(entry: string): string {
  if (entry.length > MAX_REMOTE_KEY_LENGTH) {
    throw new SecretKeyError(
      `vault entry "${entry}" is ${entry.length} characters; Azure Key Vault allows at most ${MAX_REMOTE_KEY_LENGTH}`,
    );
  }
  return entry;
}

/** Vault entry of a platform Secret: `platform--<secret>`. */
export function platformRemoteKey(secret: string): string {
  return checked(`${PLATFORM_SCOPE}${KEY_SEPARATOR}${checkSecretName(secret)}`);
}

/** Every entry of one tenant starts with this: `tenant--<slug>--`. */
export function tenantRemotePrefix(slug: string): string {
  if (!SECRET_NAME.test(slug) || slug.includes(KEY_SEPARATOR))
    throw new SecretKeyError(`tenant slug "${slug}" is not a DNS-1123 label without "--"`);
  return `${TENANT_SCOPE}${KEY_SEPARATOR}${slug}${KEY_SEPARATOR}`;
}

/** Vault entry of a tenant Secret: `tenant--<slug>--<secret>`. */
export function tenantRemoteKey(slug: string, secret: string): string {
  return checked(`${tenantRemotePrefix(slug)}${checkSecretName(secret)}`);
}

type ParsedRemoteKey =
  { readonly scope: 'platform'; readonly secret: string } | { readonly scope: 'tenant'; readonly slug: string; readonly secret: string };

/** The inverse of platformRemoteKey / tenantRemoteKey; throws on anything else. */
export function parseRemoteKey(entry: string): ParsedRemoteKey {
  const parts = entry.split(KEY_SEPARATOR);
  if (parts.length === 2 && parts[0] === PLATFORM_SCOPE && SECRET_NAME.test(parts[1])) return { scope: 'platform', secret: parts[1] };
  if (parts.length === 3 && parts[0] === TENANT_SCOPE && SECRET_NAME.test(parts[1]) && SECRET_NAME.test(parts[2])) {
    return { scope: 'tenant', slug: parts[1], secret: parts[2] };
  }
  throw new SecretKeyError(`"${entry}" is not a vault entry of the scheme platform--<secret> or tenant--<slug>--<secret>`);
}

/** Value shapes the dev-secrets generator knows (config/types.ts SecretSpec.generate). */
export type GenerateShape = 'password' | 'hex32' | 'base64-64' | 'username' | 'placeholder';

/** A Secret every tenant namespace gets from the tenant's own vault entries. */
interface TenantSecretSpec {
  readonly name: string;
  readonly description: string;
  readonly keys: readonly string[];
  readonly generate: Readonly<Record<string, GenerateShape>>;
}

/** The fixed set of tenant secrets (each tenant fills its own `tenant--<slug>--<name>` entry). */
export const TENANT_SECRETS: readonly TenantSecretSpec[] = [
  {
    name: 'tenant-credentials',
    description: "The tenant's warehouse password and the key its API clients sign requests with",
    keys: ['warehouse-password', 'api-signing-key'],
    generate: { 'warehouse-password': 'password', 'api-signing-key': 'hex32' },
  },
];
