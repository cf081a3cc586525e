/**
 * Issue 4: secrets and certificates. No secret value is rendered: ESO creates every Secret from the
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
import type { IConstruct } from 'constructs';
import { identityAnnotations, TENANT_SECRETS_SERVICE_ACCOUNT, tenantIdentity } from '../../config/outputs';
import { platformRemoteKey, TENANT_SECRETS, tenantRemoteKey } from '../../config/secret-keys';
import { SECRETS } from '../../config/secrets';
import { PLATFORM_NAMESPACES, type ResolvedTarget } from '../../config/types';
import { ExternalSecret } from '../../imports/externalsecrets-external-secrets.io';
import { renderCertificates } from '../certificates';
import { standardLabels, tenantBilling } from '../core/labels';
import { tenantNamespace } from '../core/names';
import type { Feature, PlatformCharts } from '../core/platform-charts';
import { MatihExternalSecret } from './external-secret';
import { renderKafkaCredentials } from './kafka-credential-copies';
import { consumedSecrets } from './plan';
import { PlatformSecretStore, SECRET_STORE_NAME, TENANT_SECRET_STORE_NAME, TenantSecretStore } from './store';

export { MatihExternalSecret, type MatihExternalSecretProps, ARGOCD_KEEP } from './external-secret';
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
export { SecretReader, type SecretReaderProps, type SecretNames } from './secret-reader';
export * from './references';
export { PlatformSecretStore, TenantSecretStore, SECRET_STORE_NAME, TENANT_SECRET_STORE_NAME, DEV_SECRET_READER } from './store';

/** Vault entries read by every ExternalSecret under `root` whose namespace and store match. */
function storeRemoteKeys(root: IConstruct, matches: (namespace: string, store: { kind?: string; name?: string }) => boolean): string[] {
  const keys = new Set<string>();
  for (const c of root.node.findAll()) {
    // ApiObject's instanceof matches every ApiObject, so compare the kind instead.
    if (!(c instanceof ApiObject) || c.apiVersion !== ExternalSecret.GVK.apiVersion || c.kind !== ExternalSecret.GVK.kind) continue;
    const json = c.toJson() as { metadata: { namespace?: string }; spec: { secretStoreRef?: { kind?: string; name?: string }; data?: Array<{ remoteRef: { key: string } }> } };
    if (!matches(json.metadata.namespace ?? '', json.spec.secretStoreRef ?? {})) continue;
    for (const d of json.spec.data ?? []) keys.add(d.remoteRef.key);
  }
  return [...keys].sort();
}

function renderPlatformSecrets(charts: PlatformCharts, model: ResolvedTarget): void {
  const eso = model.identities['external-secrets'];
  if (!eso) throw new Error(`target ${model.target.name}: no "external-secrets" workload identity in config/identities.ts`);
  const consumed = consumedSecrets(model, SECRETS).filter((c) => c.spec.producer === 'external-secret');
  new PlatformSecretStore(charts.group('security', 'secret-store'), 'store', {
    target: model.target,
    source: model.settings.secretsSource,
    esoServiceAccount: { name: eso.serviceAccount, namespace: eso.namespace },
    namespaces: PLATFORM_NAMESPACES,
    // Other features (operators) add ExternalSecrets on this store too, so the dev Role is computed at synth.
    devKeys: () => storeRemoteKeys(charts.app, (ns, ref) => !ns.startsWith('tenant-') && ref.kind === 'ClusterSecretStore' && ref.name === SECRET_STORE_NAME),
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

function renderTenantSecrets(charts: PlatformCharts, model: ResolvedTarget): void {
  for (const tenant of model.tenants) {
    const namespace = tenantNamespace(tenant.slug);
    const group = charts.group('tenants', tenant.slug);
    const billing = tenantBilling(model.target.costCenter, tenant.slug);
    const labels = standardLabels({ name: namespace, component: 'secrets', billing });
    const cloud = model.settings.secretsSource === 'cloud-vault';
    // The tenant's own federated ServiceAccount (config/outputs.ts tenantIdentity): reads its own vault only.
    new k8s.KubeServiceAccount(group, 'secrets-sa', {
      metadata: {
        name: TENANT_SECRETS_SERVICE_ACCOUNT,
        namespace,
        labels,
        ...(cloud ? { annotations: identityAnnotations(model.target, tenantIdentity(tenant.slug).name) } : {}),
      },
      automountServiceAccountToken: false,
    });
    new TenantSecretStore(group, 'secret-store', {
      target: model.target,
      source: model.settings.secretsSource,
      slug: tenant.slug,
      serviceAccount: TENANT_SECRETS_SERVICE_ACCOUNT,
      devKeys: () => storeRemoteKeys(charts.app, (ns, ref) => ns === namespace && ref.kind === 'SecretStore' && ref.name === TENANT_SECRET_STORE_NAME),
      billing,
    });
    for (const spec of TENANT_SECRETS) {
      new MatihExternalSecret(group, `secret-${spec.name}`, {
        namespace,
        secret: spec.name,
        keys: spec.keys,
        remoteKey: tenantRemoteKey(tenant.slug, spec.name),
        store: { kind: 'SecretStore', name: TENANT_SECRET_STORE_NAME },
        refreshInterval: model.settings.secretRefreshInterval,
        labels,
      });
    }
  }
}

/** Secret stores, ExternalSecrets, ClusterIssuers and Certificates of one target. */
export const secrets: Feature = (charts, model) => {
  renderPlatformSecrets(charts, model);
  renderKafkaCredentials(charts, model);
  renderTenantSecrets(charts, model);
  renderCertificates(charts, model);
};
