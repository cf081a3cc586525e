import { MONGODB_NAME, MONGODB_PORT } from '../../../../config/components/define';
import type { MongoSizing, ResolvedTarget } from '../../../../config/types';
import { backupLocation, profileOf } from '../../../../lib/clouds';
import type { TargetScope } from '../../core/target-scope';
import type { OperatorAddOn } from '../add-on';
import { ObjectStorageDump } from '../backup/dump-job';
import { backupIdentity } from '../backup/identity';
import { operatedComponent, operatorLabels } from '../common';
import { secretEnv } from '../pod-template';
import { MatihMongo, MONGODB_IMAGE, MONGODB_UID } from './mongodb-replica-set';

export * from './mongodb-replica-set';

/** The administrator and its password (vault entry mongodb-credentials). */
const MONGODB_ADMIN = { user: 'matih', secret: 'mongodb-credentials', key: 'password' } as const;
/** ServiceAccount of the nightly dump: the backup identity's (config/identities.ts). */
const MONGODB_BACKUP_SERVICE_ACCOUNT = 'mongodb-backup';

/** MongoDBCommunity and the nightly dump in `data/mongodb.yaml`, sized by the component's `sizing`. */
function buildMongo(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent<MongoSizing>(model, 'mongodb');
  if (!component) return;
  const { sizing } = component;
  const scope = charts.group('data', 'mongodb');
  new MatihMongo(scope, 'mongodb', {
    name: MONGODB_NAME,
    namespace: component.namespace,
    members: sizing.members,
    storage: sizing.storage,
    storageClass: model.target.storageClass,
    resources: sizing.resources,
    admin: MONGODB_ADMIN,
    nodePool: component.nodePool,
    labels: operatorLabels('mongodb', component.billing, undefined, MONGODB_NAME),
    podLabels: component.podSelector,
  });
  const identity = backupIdentity(model, 'mongodb', { namespace: component.namespace, serviceAccount: MONGODB_BACKUP_SERVICE_ACCOUNT });
  new ObjectStorageDump(scope, 'backup', {
    name: `${MONGODB_NAME}-backup`,
    namespace: component.namespace,
    schedule: sizing.backup.schedule,
    retentionDays: sizing.backup.retentionDays,
    serviceAccount: identity.serviceAccount,
    dump: {
      // The server image carries the database tools (mongodump, mongorestore).
      image: MONGODB_IMAGE,
      uid: MONGODB_UID,
      // A consistent dump of every database including the oplog entries written meanwhile.
      script:
        'mongodump --host "$MONGODB_HOSTS" --username "$MONGODB_USER" --password "$MONGODB_PASSWORD" --authenticationDatabase admin --oplog --gzip --archive="$DUMP_DIR/mongodb-$STAMP.archive.gz"',
      env: [
        { name: 'MONGODB_HOSTS', value: `${MONGODB_NAME}/${MONGODB_NAME}-svc.${component.namespace}.svc.cluster.local:${MONGODB_PORT}` },
        { name: 'MONGODB_USER', value: MONGODB_ADMIN.user },
        secretEnv('MONGODB_PASSWORD', MONGODB_ADMIN.secret, MONGODB_ADMIN.key),
      ],
    },
    upload: profileOf(model.target).backup.rclone(backupLocation(model.target, 'mongodb')),
    nodePool: component.nodePool,
    labels: operatorLabels('mongodb', component.billing, 'backup', MONGODB_NAME),
    podLabels: { ...component.podSelector, ...identity.podLabels },
  });
}

/** The add-on (../add-on.ts) built by `buildMongo`. */
export const mongoAddOn: OperatorAddOn = { component: 'mongodb', build: buildMongo };
