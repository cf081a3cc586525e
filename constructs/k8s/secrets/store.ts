/**
 * Secret stores. The platform's ClusterSecretStore `matih-secret-store` serves the platform
 * namespaces only; each tenant gets a namespaced SecretStore that can read nothing but the tenant's
 * own vault (Azure), prefix (AWS) or dev Secrets, so a tenant admin who writes an ExternalSecret of
 * their own still cannot reach platform or other tenants' values.
 */
import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import type { ApiGrant, Billing, TargetSpec } from '../../../config/types';
import {
  ClusterSecretStore,
  type ClusterSecretStoreSpecProvider,
  toJson_ClusterSecretStoreSpecProvider,
} from '../../../imports/clustersecretstores-external-secrets.io';
import { standardLabels } from '../core/labels';
import { constructAll, typed, type TypedObject, untypedKind } from '../core/typed-object';
import { DEV_SECRETS_NAMESPACE, devProvider, type StoreServiceAccount, vaultProvider } from './providers';
import { SecretReader, secretReaderGrant, secretReaderObjects, type SecretNames } from './secret-reader';

/** Cloud-neutral name of the platform store every platform ExternalSecret reads from. */
export const SECRET_STORE_NAME = 'matih-secret-store';
/** Name of the namespaced store in each tenant namespace. */
export const TENANT_SECRET_STORE_NAME = 'matih-tenant-secret-store';
/** ServiceAccount the dev platform store reads matih-system Secrets as (never mounted into a pod). */
export const DEV_SECRET_READER = 'matih-dev-secret-reader';

/** The dev platform store's reader: `get` on the developer-applied platform Secrets, by name. */
export const DEV_SECRET_READER_GRANT = secretReaderGrant({
  namespace: DEV_SECRETS_NAMESPACE,
  subject: { name: DEV_SECRET_READER, namespace: DEV_SECRETS_NAMESPACE },
  roleName: DEV_SECRET_READER,
  reason: 'the dev ClusterSecretStore (ESO kubernetes provider) reads the Secrets a developer applied in place of the cloud vault',
  declaredAt: 'constructs/k8s/secrets/store.ts DEV_SECRET_READER_GRANT',
});

/** A tenant's dev store reader: `get` on that tenant's developer-applied Secrets only, by name. */
export function tenantDevReaderGrant(slug: string, serviceAccount: string): ApiGrant {
  const namespace = `tenant-${slug}`;
  return secretReaderGrant({
    namespace: DEV_SECRETS_NAMESPACE,
    subject: { name: serviceAccount, namespace },
    roleName: `dev-secrets-${namespace}`,
    reason: "a tenant's dev SecretStore (ESO kubernetes provider) reads that tenant's developer-applied Secrets, no other tenant's",
    declaredAt: 'constructs/k8s/secrets/store.ts tenantDevReaderGrant',
  });
}

type SecretsSource = 'dev-generated' | 'cloud-vault';

/** Vault entries a dev store may read: a list, or a function called at synth (after every feature rendered). */
type DevKeys = SecretNames;

interface PlatformSecretStoreProps {
  readonly target: TargetSpec;
  readonly source: SecretsSource;
  /** The ESO controller's ServiceAccount (federated to the vault-read cloud identity). */
  readonly esoServiceAccount: { readonly name: string; readonly namespace: string };
  /** Namespaces whose ExternalSecrets may use the store. */
  readonly namespaces: readonly string[];
  /** Remote keys the dev store may read (ignored for cloud-vault). */
  readonly devKeys: DevKeys;
  readonly billing: Billing;
}

/** ClusterSecretStore `matih-secret-store`, plus the dev reader's ServiceAccount and RBAC on dev targets. */
export class PlatformSecretStore extends Construct {
  readonly name = SECRET_STORE_NAME;

  constructor(scope: Construct, id: string, props: PlatformSecretStoreProps) {
    super(scope, id);
    if (props.namespaces.length === 0)
      throw new Error(`${SECRET_STORE_NAME}: no namespace may use the store; pass the platform namespaces`);
    const labels = standardLabels({ name: 'external-secrets', component: 'secret-store', billing: props.billing });
    let provider: ClusterSecretStoreSpecProvider;
    if (props.source === 'dev-generated') {
      const reader = { name: DEV_SECRET_READER, namespace: DEV_SECRETS_NAMESPACE };
      new k8s.KubeServiceAccount(this, 'reader', { metadata: { ...reader, labels }, automountServiceAccountToken: false });
      new SecretReader(this, 'reader-rbac', { grant: DEV_SECRET_READER_GRANT, secretNames: props.devKeys, labels });
      provider = devProvider({ serviceAccount: reader, clusterScoped: true });
    } else {
      provider = vaultProvider({ target: props.target, serviceAccount: props.esoServiceAccount });
    }
    new ClusterSecretStore(this, 'store', {
      metadata: { name: SECRET_STORE_NAME, labels },
      spec: { provider, conditions: [{ namespaces: [...props.namespaces].sort() }] },
    });
  }
}

interface TenantSecretStoreProps {
  readonly target: TargetSpec;
  readonly source: SecretsSource;
  readonly slug: string;
  /** The tenant's ServiceAccount in its namespace (federated to its own vault-read identity). */
  readonly serviceAccount: string;
  /** Remote keys of this tenant the dev store may read (ignored for cloud-vault). */
  readonly devKeys: DevKeys;
  readonly billing: Billing;
}

/** SecretStore kind (no binding is generated in imports/; its spec is the ClusterSecretStore's minus `conditions`). */
export const SecretStore = untypedKind('external-secrets.io/v1', 'SecretStore');

/** SecretStore `matih-tenant-secret-store` in `tenant-<slug>`, reading only the tenant's own entries. */
export class TenantSecretStore extends Construct {
  readonly name = TENANT_SECRET_STORE_NAME;

  constructor(scope: Construct, id: string, props: TenantSecretStoreProps) {
    super(scope, id);
    constructAll(this, tenantSecretStoreObjects(props));
  }
}

/** The objects of TenantSecretStore (dev reader Role and RoleBinding, then the store) as typed objects, for plain manifests. */
export function tenantSecretStoreObjects(props: TenantSecretStoreProps): TypedObject[] {
  const namespace = `tenant-${props.slug}`;
  const labels = standardLabels({ name: namespace, component: 'secret-store', billing: props.billing });
  const serviceAccount: StoreServiceAccount = { name: props.serviceAccount };
  const objects: TypedObject[] = [];
  let provider: ClusterSecretStoreSpecProvider;
  if (props.source === 'dev-generated') {
    objects.push(
      ...secretReaderObjects({ grant: tenantDevReaderGrant(props.slug, props.serviceAccount), secretNames: props.devKeys, labels }),
    );
    provider = devProvider({ serviceAccount, clusterScoped: false });
  } else {
    provider = vaultProvider({ target: props.target, serviceAccount, tenant: props.slug });
  }
  objects.push(
    typed(SecretStore, {
      metadata: { name: TENANT_SECRET_STORE_NAME, namespace, labels },
      spec: { provider: toJson_ClusterSecretStoreSpecProvider(provider) },
    }),
  );
  return objects;
}
