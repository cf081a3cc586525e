/**
 * The shared Redis as OT Redis operator resources: a RedisReplication (one primary, the rest
 * replicas, each with a persistent RDB/AOF volume) and a RedisSentinel watching it under the
 * master set the services name (REDIS_SENTINEL_MASTER). The operator builds the pods from the
 * fields below only (no pod template), so every security-relevant field is set here and the gate
 * checks the pods the operator will build (lib/gate/rules/operator-pods.ts). Both keep data or
 * quorum state: prune-protected.
 */
import { Construct } from 'constructs';
import type { NodePoolName, Resources } from '../../../../config/types';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../../core/security-context';
import { isQuantity } from '../../../../lib/k8s/quantity';
import {
  RedisReplication,
  RedisReplicationSpecKubernetesConfigResourcesLimits,
  RedisReplicationSpecKubernetesConfigResourcesRequests,
  RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesRequests,
} from '../../../../imports/redisreplications-redis.redis.opstreelabs.in';
import {
  RedisSentinel,
  RedisSentinelSpecKubernetesConfigResourcesLimits,
  RedisSentinelSpecKubernetesConfigResourcesRequests,
} from '../../../../imports/redissentinels-redis.redis.opstreelabs.in';
import { protectFromPrune } from '../../core/argocd';
import { poolSelector, poolTolerations } from '../common';

/** UID of the `redis` user in the operator's Redis and Sentinel images. */
export const REDIS_UID = 1000;
/**
 * Redis 8.2 images the operator is built for (its repository references redis-sentinel:v8.2.2 at
 * v0.24.0 and later; the image repository rebuilds the newest Redis releases monthly).
 */
export const REDIS_VERSION = 'v8.2.2';
export const REDIS_IMAGE = `quay.io/opstree/redis:${REDIS_VERSION}`;
export const REDIS_SENTINEL_IMAGE = `quay.io/opstree/redis-sentinel:${REDIS_VERSION}`;

export interface MatihRedisProps {
  /** Name of both resources: the operator names the primary's Service `<name>-master` and the Sentinels' `<name>-sentinel`. */
  readonly name: string;
  readonly namespace: string;
  /** Redis pods (one primary). */
  readonly replicas: number;
  /** Sentinel pods; odd, so a majority can agree on a failover. */
  readonly sentinels: number;
  readonly masterSet: string;
  readonly port: number;
  readonly storage: string;
  readonly storageClass: string;
  readonly resources: Resources;
  readonly sentinelResources: Resources;
  /** Secret and key of the password clients, replicas and Sentinels use. */
  readonly password: { readonly secret: string; readonly key: string };
  readonly nodePool: NodePoolName;
  /** Labels of both resources; the operator copies them onto every pod (the component's podSelector). */
  readonly labels: Readonly<Record<string, string>>;
}

function check(p: MatihRedisProps): void {
  const what = `Redis ${p.name}`;
  if (!Number.isInteger(p.replicas) || p.replicas < 1) throw new Error(`${what}: replicas must be a positive integer, found ${p.replicas}`);
  if (!Number.isInteger(p.sentinels) || p.sentinels < 1 || p.sentinels % 2 === 0)
    throw new Error(`${what}: sentinels must be an odd positive integer (a quorum), found ${p.sentinels}`);
  if (!isQuantity(p.storage)) throw new Error(`${what}: storage "${p.storage}" is not a Kubernetes quantity`);
  if (!p.storageClass) throw new Error(`${what}: storageClass must not be empty`);
  // The operator overwrites these keys with its own pod labels; services would then select the wrong pods.
  for (const key of ['app', 'role', 'redis_setup_type'])
    if (key in p.labels) throw new Error(`${what}: label "${key}" is the operator's own pod label and must not be set`);
}

export class MatihRedis extends Construct {
  readonly replication: RedisReplication;
  readonly sentinel: RedisSentinel;

  constructor(scope: Construct, id: string, props: MatihRedisProps) {
    super(scope, id);
    check(props);
    const metadata = { name: props.name, namespace: props.namespace, labels: { ...props.labels } };
    const placement = { nodeSelector: poolSelector(props.nodePool), tolerations: poolTolerations(props.nodePool) };
    const redisSecret = { name: props.password.secret, key: props.password.key };
    const r = props.resources;
    const s = props.sentinelResources;
    // The images render redis.conf / sentinel.conf into /etc/redis at start: a writable root filesystem (lib/gate/exceptions.ts).
    const security = {
      podSecurityContext: restrictedPodSecurityContext({ uid: REDIS_UID }),
      securityContext: restrictedContainerSecurityContext({ uid: REDIS_UID, readOnlyRootFilesystem: false }),
    };

    this.replication = protectFromPrune(
      new RedisReplication(this, 'replication', {
        metadata,
        spec: {
          clusterSize: props.replicas,
          kubernetesConfig: {
            image: REDIS_IMAGE,
            imagePullPolicy: 'IfNotPresent',
            redisSecret,
            resources: {
              requests: {
                cpu: RedisReplicationSpecKubernetesConfigResourcesRequests.fromString(r.requests.cpu),
                memory: RedisReplicationSpecKubernetesConfigResourcesRequests.fromString(r.requests.memory),
              },
              limits: {
                cpu: RedisReplicationSpecKubernetesConfigResourcesLimits.fromString(r.limits.cpu),
                memory: RedisReplicationSpecKubernetesConfigResourcesLimits.fromString(r.limits.memory),
              },
            },
          },
          storage: {
            // The claims outlive the resource: deleting it must not delete the data.
            keepAfterDelete: true,
            volumeClaimTemplate: {
              spec: {
                accessModes: ['ReadWriteOnce'],
                storageClassName: props.storageClass,
                resources: {
                  requests: { storage: RedisReplicationSpecStorageVolumeClaimTemplateSpecResourcesRequests.fromString(props.storage) },
                },
              },
            },
          },
          ...placement,
          ...security,
        },
      }),
    );

    this.sentinel = protectFromPrune(
      new RedisSentinel(this, 'sentinel', {
        metadata,
        spec: {
          clusterSize: props.sentinels,
          kubernetesConfig: {
            image: REDIS_SENTINEL_IMAGE,
            imagePullPolicy: 'IfNotPresent',
            redisSecret,
            resources: {
              requests: {
                cpu: RedisSentinelSpecKubernetesConfigResourcesRequests.fromString(s.requests.cpu),
                memory: RedisSentinelSpecKubernetesConfigResourcesRequests.fromString(s.requests.memory),
              },
              limits: {
                cpu: RedisSentinelSpecKubernetesConfigResourcesLimits.fromString(s.limits.cpu),
                memory: RedisSentinelSpecKubernetesConfigResourcesLimits.fromString(s.limits.memory),
              },
            },
          },
          redisSentinelConfig: {
            redisReplicationName: props.name,
            masterGroupName: props.masterSet,
            redisPort: String(props.port),
            quorum: String(Math.floor(props.sentinels / 2) + 1),
            redisReplicationPassword: { secretKeyRef: { name: props.password.secret, key: props.password.key } },
          },
          ...placement,
          ...security,
        },
      }),
    );
  }
}
