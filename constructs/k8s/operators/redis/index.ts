import { REDIS_MASTER_SET, REDIS_NAME, REDIS_PORT } from '../../../../config/components/define';
import type { RedisSizing, ResolvedTarget } from '../../../../config/types';
import { backupLocation, profileOf } from '../../../../lib/clouds';
import type { TargetScope } from '../../core/target-scope';
import type { OperatorAddOn } from '../add-on';
import { ObjectStorageDump } from '../backup/dump-job';
import { backupIdentity } from '../backup/identity';
import { operatedComponent, operatorLabels } from '../common';
import { secretEnv } from '../pod-template';
import { MatihRedis, REDIS_IMAGE, REDIS_UID } from './redis-replication';

export { MatihRedis, REDIS_IMAGE, REDIS_SENTINEL_IMAGE, REDIS_UID, REDIS_VERSION, type MatihRedisProps } from './redis-replication';

/** The shared Redis password (its vault entry, synced into the namespace for the services and the resources). */
export const REDIS_PASSWORD = { secret: 'matih-redis-credentials', key: 'password' } as const;
/** ServiceAccount of the nightly RDB copy: the backup identity's (config/identities.ts). */
const REDIS_BACKUP_SERVICE_ACCOUNT = 'redis-backup';

/** RedisReplication, RedisSentinel and the nightly RDB copy in `data/redis.yaml`, sized by the component's `sizing`. */
function buildRedis(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent<RedisSizing>(model, 'redis');
  if (!component) return;
  const { sizing } = component;
  const scope = charts.group('data', 'redis');
  const labels = operatorLabels('redis', component.billing, undefined, REDIS_NAME);
  new MatihRedis(scope, 'redis', {
    name: REDIS_NAME,
    namespace: component.namespace,
    replicas: sizing.replicas,
    sentinels: sizing.sentinels,
    masterSet: REDIS_MASTER_SET,
    port: REDIS_PORT,
    storage: sizing.storage,
    storageClass: model.target.storageClass,
    resources: sizing.resources,
    sentinelResources: sizing.sentinelResources,
    password: REDIS_PASSWORD,
    nodePool: component.nodePool,
    labels,
  });
  const identity = backupIdentity(model, 'redis', { namespace: component.namespace, serviceAccount: REDIS_BACKUP_SERVICE_ACCOUNT });
  const upload = profileOf(model.target).backup.rclone(backupLocation(model.target, 'redis'));
  new ObjectStorageDump(scope, 'backup', {
    name: `${REDIS_NAME}-backup`,
    namespace: component.namespace,
    schedule: sizing.backup.schedule,
    retentionDays: sizing.backup.retentionDays,
    serviceAccount: identity.serviceAccount,
    dump: {
      image: REDIS_IMAGE,
      uid: REDIS_UID,
      // An RDB snapshot streamed from the primary over the replication protocol (no pause of the primary).
      script: 'redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" --rdb "$DUMP_DIR/redis-$STAMP.rdb"',
      env: [
        { name: 'REDIS_HOST', value: `${REDIS_NAME}-master.${component.namespace}.svc.cluster.local` },
        { name: 'REDIS_PORT', value: String(REDIS_PORT) },
        // redis-cli reads the password from REDISCLI_AUTH, so it never appears in the process list.
        secretEnv('REDISCLI_AUTH', REDIS_PASSWORD.secret, REDIS_PASSWORD.key),
      ],
    },
    upload,
    nodePool: component.nodePool,
    labels: operatorLabels('redis', component.billing, 'backup', REDIS_NAME),
    podLabels: { ...component.podSelector, ...identity.podLabels },
  });
}

/** The add-on (../add-on.ts) built by `buildRedis`. */
export const redisAddOn: OperatorAddOn = { component: 'redis', build: buildRedis };
