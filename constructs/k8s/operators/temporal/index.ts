import { TEMPORAL_CLUSTER_NAME } from '../../../../config/components/data-infrastructure';
import { PG_HOST } from '../../../../config/components/define';
import { platformRemoteKey } from '../../../../lib/model/secret-keys';
import type { ResolvedTarget, TemporalSizing } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import { MatihExternalSecret } from '../../secrets/external-secret';
import { SECRET_STORE_NAME } from '../../secrets/store';
import { operatedComponent, operatorLabels } from '../common';
import { MatihTemporal, type TemporalNamespaceSpec } from './temporal-cluster';
import type { OperatorAddOn } from '../add-on';

export { MatihTemporal, TEMPORAL_UID, TEMPORAL_VERSION } from './temporal-cluster';

/** Secret the TemporalCluster reads its database password from, in its own namespace. */
const TEMPORAL_DB_SECRET = 'temporal-db-credentials';
/**
 * Vault entry it is read from: the shared PostgreSQL login (owner of the `temporal` and
 * `temporal_visibility` databases created by the catalog's initdb script). Reusing the entry keeps
 * the dev store's per-Secret RBAC and the dev-secrets generator unchanged.
 */
const TEMPORAL_DB_REMOTE_SECRET = 'matih-db-credentials';
const TEMPORAL_DB_USER = 'matih';
const TEMPORAL_DB_PASSWORD_KEY = 'password';

/** Namespaces of the pipeline workflows (pipeline-service submits, workers run activities [TEMP][PFLOW]). */
function temporalNamespaces(retention: string): TemporalNamespaceSpec[] {
  return [
    { name: 'pipelines', description: 'Pipeline runs submitted by pipeline-service', retention },
    { name: 'pipeline-maintenance', description: 'Scheduled maintenance workflows (compaction, cleanup, backfills)', retention },
  ];
}

/** TemporalCluster, its TemporalNamespaces and the database ExternalSecret in `data/temporal.yaml`. */
function buildTemporal(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent<TemporalSizing>(model, 'temporal');
  if (!component) return;
  const scope = charts.group('data', 'temporal');
  const labels = operatorLabels('temporal', component.billing, undefined, TEMPORAL_CLUSTER_NAME);
  new MatihExternalSecret(scope, 'db-credentials', {
    namespace: component.namespace,
    secret: TEMPORAL_DB_SECRET,
    keys: [TEMPORAL_DB_PASSWORD_KEY],
    remoteKey: platformRemoteKey(TEMPORAL_DB_REMOTE_SECRET),
    store: { kind: 'ClusterSecretStore', name: SECRET_STORE_NAME },
    refreshInterval: model.settings.secretRefreshInterval,
    retainOnDelete: true,
    labels: operatorLabels('temporal', component.billing, 'database-credentials', TEMPORAL_CLUSTER_NAME),
  });
  new MatihTemporal(scope, 'temporal', {
    name: TEMPORAL_CLUSTER_NAME,
    namespace: component.namespace,
    database: {
      address: `${PG_HOST}:5432`,
      user: TEMPORAL_DB_USER,
      database: 'temporal',
      visibilityDatabase: 'temporal_visibility',
      passwordSecret: { name: TEMPORAL_DB_SECRET, key: TEMPORAL_DB_PASSWORD_KEY },
    },
    historyShards: component.sizing.historyShards,
    namespaces: temporalNamespaces(component.sizing.retention),
    labels,
    nodePool: component.nodePool,
    resources: component.sizing.resources,
  });
}

/** The add-on (../add-on.ts) built by `buildTemporal`. */
export const temporalAddOn: OperatorAddOn = { component: 'temporal', build: buildTemporal };
