import { MONGODB_NAME, MONGODB_PORT } from '../../../../config/components/define';
import type { MongoSizing, ResolvedTarget } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import type { OperatorAddOn } from '../add-on';
import { backupJobProps } from '../backup/cron-job';
import { ObjectStorageDump } from '../backup/dump-job';
import { operatedComponent, operatorLabels } from '../common';
import { secretEnv } from '../pod-template';
import { MatihMongo, MONGODB_IMAGE, MONGODB_UID } from './mongodb-replica-set';

export * from './mongodb-replica-set';

/** The administrator and its password (vault entry mongodb-credentials). */
const MONGODB_ADMIN = { user: 'matih', secret: 'mongodb-credentials', key: 'password' } as const;

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
  new ObjectStorageDump(scope, 'backup', {
    ...backupJobProps(model, 'mongodb', component, sizing.backup, { name: `${MONGODB_NAME}-backup`, instance: MONGODB_NAME }),
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
  });
}

/** The add-on (../add-on.ts) built by `buildMongo`. */
export const mongoAddOn: OperatorAddOn = { component: 'mongodb', build: buildMongo };
