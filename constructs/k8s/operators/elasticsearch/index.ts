import { ELASTICSEARCH_NAME, ELASTICSEARCH_PORT, ELASTICSEARCH_USER } from '../../../../config/components/define';
import type { ElasticsearchSizing, ResolvedTarget } from '../../../../config/types';
import { backupLocation, profileOf } from '../../../../lib/clouds';
import { platformRemoteKey } from '../../../../lib/model/secret-keys';
import type { TargetScope } from '../../core/target-scope';
import { MatihExternalSecret } from '../../secrets/external-secret';
import { SECRET_STORE_NAME } from '../../secrets/store';
import type { OperatorAddOn } from '../add-on';
import { backupIdentity } from '../backup/identity';
import { operatedComponent, operatorLabels } from '../common';
import { MatihElasticsearch } from './elasticsearch-cluster';
import { ElasticsearchSnapshotPolicy } from './snapshot-policy';

export * from './elasticsearch-cluster';
export { ElasticsearchSnapshotPolicy, SNAPSHOT_POLICY, SNAPSHOT_REPOSITORY, snapshotPolicyBody } from './snapshot-policy';

/** File-realm users and roles of the cluster (basic-auth Secret ECK reads `username`, `password`, `roles` and `roles.yml` from). */
const ELASTICSEARCH_USERS_SECRET = 'elasticsearch-users';
/** Keystore entries of the snapshot repository client (the Azure storage account name). */
const ELASTICSEARCH_KEYSTORE_SECRET = 'elasticsearch-keystore';
/** Vault entry holding the platform user's password (also read by the services, config/secrets.ts). */
const ELASTICSEARCH_PASSWORD_ENTRY = 'elasticsearch-credentials';
/** Role of the platform user: manage and use its own indices, not the cluster's security or snapshots. */
const PLATFORM_ROLE = 'matih_app';
const ROLES_YML = [
  `${PLATFORM_ROLE}:`,
  '  cluster: ["monitor", "manage_index_templates", "manage_ilm", "manage_ingest_pipelines"]',
  '  indices:',
  '    - names: ["*"]',
  '      privileges: ["all"]',
  '',
].join('\n');

/** Elasticsearch, its users, keystore and snapshot policy in `data/elasticsearch.yaml`, sized by the component's `sizing`. */
function buildElasticsearch(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent<ElasticsearchSizing>(model, 'elasticsearch');
  if (!component) return;
  const { sizing } = component;
  const scope = charts.group('data', 'elasticsearch');
  const identity = backupIdentity(model, 'elasticsearch', { namespace: component.namespace, serviceAccount: ELASTICSEARCH_NAME });
  const snapshots = profileOf(model.target).backup.elasticsearch(model.target, backupLocation(model.target, 'elasticsearch'));
  const store = { kind: 'ClusterSecretStore' as const, name: SECRET_STORE_NAME };
  const secretLabels = operatorLabels('elasticsearch', component.billing, 'credentials', ELASTICSEARCH_NAME);
  new MatihExternalSecret(scope, 'users', {
    namespace: component.namespace,
    secret: ELASTICSEARCH_USERS_SECRET,
    keys: ['password'],
    remoteKey: platformRemoteKey(ELASTICSEARCH_PASSWORD_ENTRY),
    store,
    refreshInterval: model.settings.secretRefreshInterval,
    retainOnDelete: true,
    labels: secretLabels,
    template: { type: 'kubernetes.io/basic-auth', data: { username: ELASTICSEARCH_USER, roles: PLATFORM_ROLE, 'roles.yml': ROLES_YML } },
  });
  const keystore = Object.keys(snapshots.keystore).length > 0;
  if (keystore) {
    new MatihExternalSecret(scope, 'keystore', {
      namespace: component.namespace,
      secret: ELASTICSEARCH_KEYSTORE_SECRET,
      keys: [],
      remoteKey: platformRemoteKey(ELASTICSEARCH_PASSWORD_ENTRY),
      store,
      refreshInterval: model.settings.secretRefreshInterval,
      retainOnDelete: true,
      labels: secretLabels,
      // Not secret (a storage account name), but Elasticsearch reads the repository client's account only from its keystore.
      template: { data: { ...snapshots.keystore } },
    });
  }
  const labels = operatorLabels('elasticsearch', component.billing, undefined, ELASTICSEARCH_NAME);
  new MatihElasticsearch(scope, 'elasticsearch', {
    name: ELASTICSEARCH_NAME,
    namespace: component.namespace,
    nodes: sizing.nodes,
    storage: sizing.storage,
    storageClass: model.target.storageClass,
    resources: sizing.resources,
    serviceAccount: identity.serviceAccount,
    usersSecret: ELASTICSEARCH_USERS_SECRET,
    ...(keystore ? { keystoreSecret: ELASTICSEARCH_KEYSTORE_SECRET } : {}),
    snapshots,
    nodePool: component.nodePool,
    labels,
    podLabels: { ...component.podSelector, ...identity.podLabels },
  });
  new ElasticsearchSnapshotPolicy(scope, 'snapshot-policy', {
    cluster: ELASTICSEARCH_NAME,
    namespace: component.namespace,
    url: `http://${ELASTICSEARCH_NAME}-es-http.${component.namespace}.svc.cluster.local:${ELASTICSEARCH_PORT}`,
    repository: snapshots.repository,
    schedule: sizing.backup.schedule,
    retentionDays: sizing.backup.retentionDays,
    nodePool: component.nodePool,
    labels: operatorLabels('elasticsearch', component.billing, 'snapshot-policy', ELASTICSEARCH_NAME),
    podLabels: component.podSelector,
  });
}

/** The add-on (../add-on.ts) built by `buildElasticsearch`. */
export const elasticsearchAddOn: OperatorAddOn = { component: 'elasticsearch', build: buildElasticsearch };
