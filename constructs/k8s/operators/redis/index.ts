import { REDIS_MASTER_SET, REDIS_NAME, REDIS_PORT } from '../../../../config/components/define';
import type { RedisSizing, ResolvedTarget } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import type { OperatorAddOn } from '../add-on';
import { backupJobProps } from '../backup/cron-job';
import { ObjectStorageDump } from '../backup/dump-job';
import { operatedComponent, operatorLabels } from '../common';
import { secretEnv } from '../pod-template';
import { MatihRedis, REDIS_IMAGE, REDIS_UID } from './redis-replication';

export { MatihRedis, REDIS_IMAGE, REDIS_SENTINEL_IMAGE, REDIS_UID, REDIS_VERSION, type MatihRedisProps } from './redis-replication';

/** The shared Redis password (its vault entry, synced into the namespace for the services and the resources). */
export const REDIS_PASSWORD = { secret: 'matih-redis-credentials', key: 'password' } as const;

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
  new ObjectStorageDump(scope, 'backup', {
    ...backupJobProps(model, 'redis', component, sizing.backup, { name: `${REDIS_NAME}-backup`, instance: REDIS_NAME }),
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
  });
}

/** The add-on (../add-on.ts) built by `buildRedis`. */
export const redisAddOn: OperatorAddOn = { component: 'redis', build: buildRedis };
