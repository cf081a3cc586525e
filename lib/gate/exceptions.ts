/**
 * Recorded exceptions to the gate's own additions to the restricted profile. The Pod Security
 * Standard does not require a read-only root filesystem; this project does, for every container,
 * including those of operator-managed software: each writes only to emptyDirs its construct mounts
 * where the software's documentation says it writes (Ray: constructs/k8s/operators/kuberay; Temporal:
 * constructs/k8s/operators/temporal). An entry here needs the software's documented reason.
 */
export interface WritableRootException {
  readonly apiVersion: string;
  readonly kind: string;
  /** Container name inside the custom resource's pod templates. */
  readonly container: string;
  readonly reason: string;
}

export const WRITABLE_ROOT_EXCEPTIONS: readonly WritableRootException[] = [
  // Container names the OT Redis operator gives the pods of the shared Redis (REDIS_NAME): `<name>` and `<name>-sentinel`.
  {
    apiVersion: 'redis.redis.opstreelabs.in/v1beta2',
    kind: 'RedisReplication',
    container: 'redis',
    reason: 'the opstree image renders /etc/redis/redis.conf at start (constructs/k8s/operators/redis)',
  },
  {
    apiVersion: 'redis.redis.opstreelabs.in/v1beta2',
    kind: 'RedisSentinel',
    container: 'redis-sentinel',
    reason: 'the opstree sentinel image renders /etc/redis/sentinel.conf at start (constructs/k8s/operators/redis)',
  },
];

export function writableRootAllowed(apiVersion: string, kind: string, container: string): boolean {
  return WRITABLE_ROOT_EXCEPTIONS.some((e) => e.apiVersion === apiVersion && e.kind === kind && e.container === container);
}
