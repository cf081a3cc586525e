import { POSTGRES_DATABASES } from '../../../../config/components/data-infrastructure';
import { POSTGRES_CLUSTER_NAME } from '../../../../config/components/define';
import type { PostgresSizing, ResolvedTarget } from '../../../../config/types';
import { backupLocation, profileOf } from '../../../../lib/clouds';
import { billingLabels } from '../../core/labels';
import type { TargetScope } from '../../core/target-scope';
import type { OperatorAddOn } from '../add-on';
import { backupIdentity } from '../backup/identity';
import { operatedComponent, operatorLabels } from '../common';
import { MatihPostgres } from './postgres-cluster';

export { BARMAN_CLOUD_PLUGIN, MatihPostgres, POSTGRES_IMAGE, POSTGRES_UID, type MatihPostgresProps } from './postgres-cluster';

/** The login that owns every service database; its vault entry is the shared matih-db-credentials. */
export const POSTGRES_OWNER = { name: 'matih', secret: 'matih-db-credentials' } as const;

/** Cluster, Databases, ObjectStore and ScheduledBackup in `data/postgresql.yaml`, sized by the component's `sizing`. */
function buildPostgres(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent<PostgresSizing>(model, 'postgresql');
  if (!component) return;
  const { sizing } = component;
  // The instance pods run as the Cluster's ServiceAccount, which is the backup identity's (config/identities.ts).
  const identity = backupIdentity(model, 'postgresql', { namespace: component.namespace, serviceAccount: POSTGRES_CLUSTER_NAME });
  const profile = profileOf(model.target);
  new MatihPostgres(charts.group('data', 'postgresql'), 'postgresql', {
    name: POSTGRES_CLUSTER_NAME,
    namespace: component.namespace,
    instances: sizing.instances,
    storage: sizing.storage,
    walStorage: sizing.walStorage,
    storageClass: model.target.storageClass,
    resources: sizing.resources,
    maxConnections: sizing.maxConnections,
    owner: POSTGRES_OWNER,
    databases: POSTGRES_DATABASES,
    backup: {
      schedule: sizing.backup.schedule,
      retentionDays: sizing.backup.retentionDays,
      destinationPath: backupLocation(model.target, 'postgresql').url,
      credentials: profile.backup.barmanCredentials(),
      restore: sizing.restore,
    },
    nodePool: component.nodePool,
    labels: operatorLabels('postgresql', component.billing, undefined, POSTGRES_CLUSTER_NAME),
    inheritedLabels: { ...identity.podLabels, ...billingLabels(component.billing) },
  });
}

/** The add-on (../add-on.ts) built by `buildPostgres`. */
export const postgresAddOn: OperatorAddOn = { component: 'postgresql', build: buildPostgres };
