/**
 * Secrets and certificates. No secret value is rendered: ESO creates every Secret from the
 * target's vault (or, on dev-generated targets, from Secrets `npm run dev-secrets` applies) and
 * cert-manager creates the TLS Secrets.
 *   security/secret-store.yaml  ClusterSecretStore matih-secret-store (+ dev reader RBAC)
 *   secrets/<namespace>.yaml    ExternalSecrets of the Secrets consumed in that namespace
 *   security/kafka-credentials.yaml, data/kafka-credentials.yaml  copies of Strimzi's Kafka Secrets
 *   tenants/<slug>.yaml         the tenant's SecretStore, ExternalSecrets (and Certificate)
 * plus the cert-manager part of constructs/certificates.
 */
import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-29';
import { identityAnnotations } from '../../../lib/model/outputs';
import { TENANT_SECRETS_SERVICE_ACCOUNT, tenantIdentity } from '../../../lib/clouds';
import { platformRemoteKey, TENANT_SECRETS, tenantRemoteKey } from '../../../lib/model/secret-keys';
import { SECRETS } from '../../../config/secrets';
import { ARGOCD_NAMESPACE, PLATFORM_NAMESPACES, type ResolvedTarget } from '../../../config/types';
import { fleetOf } from '../../../lib/model/fleet';
import { ExternalSecret } from '../../../imports/externalsecrets-external-secrets.io';
import { renderCertificates } from '../certificates';
import { standardLabels, tenantBilling } from '../core/labels';
import { tenantFile, tenantNamespace } from '../core/names';
import type { Feature } from '../core/target-scope';
import type { TargetScope } from '../core/target-scope';
import { typed, type TypedObject } from '../core/typed-object';
import { externalSecretObject, MatihExternalSecret } from './external-secret';
import { renderKafkaCredentials } from './kafka-credential-copies';
import { consumedSecrets } from './plan';
import { PlatformSecretStore, SECRET_STORE_NAME, TENANT_SECRET_STORE_NAME, tenantSecretStoreObjects } from './store';

export { MatihExternalSecret, externalSecretObject, type MatihExternalSecretProps, ARGOCD_KEEP } from './external-secret';
export { consumedSecrets, type ConsumedSecret } from './plan';
export { DEV_SECRETS_NAMESPACE } from './providers';
export * from './kafka-credentials';
export {
  kafkaCredentialCopies,
  type KafkaCredentialCopies,
  KafkaCredentialsStore,
  type KafkaCredentialsStoreProps,
  KAFKA_CREDENTIALS_READER,
  KAFKA_CREDENTIALS_READER_NAMESPACE,
  KAFKA_CREDENTIALS_REFRESH,
  KAFKA_CREDENTIALS_STORE,
  renderKafkaCredentials,
} from './kafka-credential-copies';
export { SecretReader, secretReaderObjects, type SecretReaderProps, type SecretNames } from './secret-reader';
export * from './references';
export {
  PlatformSecretStore,
  TenantSecretStore,
  tenantSecretStoreObjects,
  SecretStore,
  SECRET_STORE_NAME,
  TENANT_SECRET_STORE_NAME,
  DEV_SECRET_READER,
} from './store';

interface StoreRead {
  readonly namespace: string;
  readonly store: { readonly kind?: string; readonly name?: string };
  readonly keys: readonly string[];
}

/** What every ExternalSecret of the target reads: its namespace, store and vault entries (constructs and manifests). */
function externalSecretReads(charts: TargetScope): StoreRead[] {
  type Json = {
    metadata: { namespace?: string };
    spec?: { secretStoreRef?: { kind?: string; name?: string }; data?: Array<{ remoteRef: { key: string } }> };
  };
  const jsons: Json[] = [];
  for (const c of charts.app.node.findAll()) {
    // ApiObject's instanceof matches every ApiObject, so compare the kind instead.
    if (c instanceof ApiObject && c.apiVersion === ExternalSecret.GVK.apiVersion && c.kind === ExternalSecret.GVK.kind)
      jsons.push(c.toJson() as Json);
  }
  for (const o of charts.manifests()) {
    if (o.apiVersion === ExternalSecret.GVK.apiVersion && o.kind === ExternalSecret.GVK.kind) jsons.push(o as unknown as Json);
  }
  return jsons.map((j) => ({
    namespace: j.metadata.namespace ?? '',
    store: j.spec?.secretStoreRef ?? {},
    keys: (j.spec?.data ?? []).map((d) => d.remoteRef.key),
  }));
}

/** Vault entries read by every ExternalSecret whose namespace and store match. */
function storeRemoteKeys(
  reads: readonly StoreRead[],
  matches: (namespace: string, store: { kind?: string; name?: string }) => boolean,
): string[] {
  const keys = new Set<string>();
  for (const r of reads) if (matches(r.namespace, r.store)) r.keys.forEach((k) => keys.add(k));
  return [...keys].sort();
}

/** Vault entries read through each namespace's tenant SecretStore; built once per render (every dev tenant store asks). */
function tenantStoreKeys(charts: TargetScope): (namespace: string) => string[] {
  let cache: { pass: number; keys: Map<string, Set<string>> } | undefined;
  return (namespace) => {
    if (cache?.pass !== charts.renderPass) {
      const keys = new Map<string, Set<string>>();
      for (const r of externalSecretReads(charts)) {
        if (r.store.kind !== 'SecretStore' || r.store.name !== TENANT_SECRET_STORE_NAME) continue;
        const set = keys.get(r.namespace) ?? new Set<string>();
        r.keys.forEach((k) => set.add(k));
        keys.set(r.namespace, set);
      }
      cache = { pass: charts.renderPass, keys };
    }
    return [...(cache.keys.get(namespace) ?? [])].sort();
  };
}

function renderPlatformSecrets(charts: TargetScope, model: ResolvedTarget): void {
  const eso = model.identities['external-secrets'];
  if (!eso) throw new Error(`target ${model.target.name}: no "external-secrets" workload identity in config/identities.ts`);
  const consumed = consumedSecrets(model, SECRETS).filter((c) => c.spec.producer === 'external-secret');
  new PlatformSecretStore(charts.group('security', 'secret-store'), 'store', {
    target: model.target,
    source: model.settings.secretsSource,
    esoServiceAccount: { name: eso.serviceAccount, namespace: eso.namespace },
    // A platform cluster with member clusters reads their Argo CD cluster Secrets into the Argo CD namespace (constructs/k8s/fleet).
    namespaces:
      fleetOf(model).members.length > 0 && fleetOf(model).role === 'platform'
        ? [...PLATFORM_NAMESPACES, ARGOCD_NAMESPACE]
        : PLATFORM_NAMESPACES,
    // Other features (operators) add ExternalSecrets on this store too, so the dev Role is computed at synth.
    devKeys: () =>
      storeRemoteKeys(
        externalSecretReads(charts),
        (ns, ref) => !ns.startsWith('tenant-') && ref.kind === 'ClusterSecretStore' && ref.name === SECRET_STORE_NAME,
      ),
    billing: { costCenter: model.target.costCenter, application: 'platform-secrets', team: 'platform-engineering' },
  });
  for (const { namespace, spec, consumers } of consumed) {
    const owner = model.components[consumers[0]];
    new MatihExternalSecret(charts.group('secrets', namespace), spec.name, {
      namespace,
      secret: spec.name,
      keys: spec.keys,
      remoteKey: platformRemoteKey(spec.name),
      store: { kind: 'ClusterSecretStore', name: SECRET_STORE_NAME },
      refreshInterval: model.settings.secretRefreshInterval,
      retainOnDelete: spec.retainOnDelete,
      // A Secret shared by several components is billed to the first (alphabetically) consumer.
      labels: standardLabels({ name: spec.name, component: 'external-secret', billing: owner.billing }),
    });
  }
}

/** Per tenant, plain manifests (a target may hold thousands): ServiceAccount, SecretStore (+ dev reader RBAC), ExternalSecrets. */
function renderTenantSecrets(charts: TargetScope, model: ResolvedTarget): void {
  const keysOf = tenantStoreKeys(charts);
  for (const tenant of model.tenants) {
    const namespace = tenantNamespace(tenant.slug);
    const billing = tenantBilling(model.target.costCenter, tenant.slug);
    const labels = standardLabels({ name: namespace, component: 'secrets', billing });
    const cloud = model.settings.secretsSource === 'cloud-vault';
    const objects: TypedObject[] = [
      // The tenant's own federated ServiceAccount (lib/clouds tenantIdentity): reads its own vault only.
      typed(k8s.KubeServiceAccount, {
        metadata: {
          name: TENANT_SECRETS_SERVICE_ACCOUNT,
          namespace,
          labels,
          ...(cloud ? { annotations: identityAnnotations(model.target, tenantIdentity(tenant.slug).name) } : {}),
        },
        automountServiceAccountToken: false,
      }),
      ...tenantSecretStoreObjects({
        target: model.target,
        source: model.settings.secretsSource,
        slug: tenant.slug,
        serviceAccount: TENANT_SECRETS_SERVICE_ACCOUNT,
        devKeys: () => keysOf(namespace),
        billing,
      }),
      ...TENANT_SECRETS.map((spec) =>
        externalSecretObject({
          namespace,
          secret: spec.name,
          keys: spec.keys,
          remoteKey: tenantRemoteKey(tenant.slug, spec.name),
          store: { kind: 'SecretStore', name: TENANT_SECRET_STORE_NAME },
          refreshInterval: model.settings.secretRefreshInterval,
          labels,
        }),
      ),
    ];
    charts.addObjects('tenants', tenantFile(model, tenant.slug), objects);
  }
}

/** Secret stores, ExternalSecrets, ClusterIssuers and Certificates of one target. */
export const secrets: Feature = (charts, model) => {
  renderPlatformSecrets(charts, model);
  renderKafkaCredentials(charts, model);
  renderTenantSecrets(charts, model);
  renderCertificates(charts, model);
};
