/**
 * Recorded exceptions to the gate's own additions to the restricted profile. The Pod Security
 * Standard does not require a read-only root filesystem; this project does, except for these
 * containers of operator-managed software, each with the reason its construct documents.
 */
export interface WritableRootException {
  readonly apiVersion: string;
  readonly kind: string;
  /** Container name inside the custom resource's pod templates. */
  readonly container: string;
  readonly reason: string;
}

export const WRITABLE_ROOT_EXCEPTIONS: readonly WritableRootException[] = [
  {
    apiVersion: 'ray.io/v1',
    kind: 'RayCluster',
    container: 'ray-head',
    reason: 'Ray installs runtime_env packages and writes under $HOME (constructs/operators/kuberay)',
  },
  {
    apiVersion: 'ray.io/v1',
    kind: 'RayCluster',
    container: 'ray-worker',
    reason: 'Ray installs runtime_env packages and writes under $HOME (constructs/operators/kuberay)',
  },
  {
    apiVersion: 'temporal.io/v1beta1',
    kind: 'TemporalCluster',
    container: 'service',
    reason: 'the Temporal server renders its config into the image at start (constructs/operators/temporal)',
  },
  // Container names the OT Redis operator gives the pods of the shared Redis (REDIS_NAME): `<name>` and `<name>-sentinel`.
  {
    apiVersion: 'redis.redis.opstreelabs.in/v1beta2',
    kind: 'RedisReplication',
    container: 'redis',
    reason: 'the opstree image renders /etc/redis/redis.conf at start (constructs/operators/redis)',
  },
  {
    apiVersion: 'redis.redis.opstreelabs.in/v1beta2',
    kind: 'RedisSentinel',
    container: 'redis-sentinel',
    reason: 'the opstree sentinel image renders /etc/redis/sentinel.conf at start (constructs/operators/redis)',
  },
];

export function writableRootAllowed(apiVersion: string, kind: string, container: string): boolean {
  return WRITABLE_ROOT_EXCEPTIONS.some((e) => e.apiVersion === apiVersion && e.kind === kind && e.container === container);
}
