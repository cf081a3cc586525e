/**
 * Pods an operator builds from a custom resource that carries no pod template (CloudNativePG's
 * Cluster, the OT Redis operator's RedisReplication and RedisSentinel): the generic pod walker
 * never sees them, so this rule rebuilds each pod's security-relevant part the way the pinned
 * operator does (its defaults, filled in or overridden by the resource's fields) and holds it to
 * the same profile as every other pod (rules/pod-security.ts). Upgrading an operator means
 * re-reading its pod builder and updating the model of it here.
 */
import { podSecurityLevel } from '../../model/pod-security';
import { writableRootAllowed } from '../exceptions';
import { type Finding, type GateContext, isObject, type Json, ofKind } from '../context';
import { podSpecProblems } from './pod-security';

/** One pod the operator builds: its spec (security-relevant fields only) and the JSON path of the fields it comes from. */
export interface OperatorPod {
  readonly path: string;
  readonly spec: Json;
}

type PodModel = (spec: Json, name: string) => OperatorPod[];

const obj = (value: unknown): Json => (isObject(value) ? value : {});
/** The operator's default for every field the resource leaves unset (CloudNativePG's `GetSecurityContext` merge). */
const fill = (defined: Json, defaults: Json): Json => ({
  ...defaults,
  ...Object.fromEntries(Object.entries(defined).filter(([, v]) => v !== undefined)),
});

/**
 * CloudNativePG 1.30 (pkg/specs/pods.go GetPodSecurityContext, containers.go GetSecurityContext):
 * pod and containers get restricted defaults for every field `spec.podSecurityContext` /
 * `spec.securityContext` leave unset; the `postgres` container and the `bootstrap-controller`
 * init container share the container context; the Barman Cloud plugin (v0.13) injects its sidecar
 * with a fixed restricted context.
 */
export const cnpgClusterPods: PodModel = (spec) => {
  const seccomp = spec.seccompProfile ?? { type: 'RuntimeDefault' };
  const uid = typeof spec.postgresUID === 'number' ? spec.postgresUID : 26;
  const gid = typeof spec.postgresGID === 'number' ? spec.postgresGID : 26;
  const pod = fill(obj(spec.podSecurityContext), {
    seccompProfile: seccomp,
    runAsUser: uid,
    runAsGroup: gid,
    runAsNonRoot: true,
    fsGroup: gid,
  });
  const container = fill(obj(spec.securityContext), {
    seccompProfile: seccomp,
    capabilities: { drop: ['ALL'] },
    privileged: false,
    runAsNonRoot: true,
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
  });
  const plugins = Array.isArray(spec.plugins) ? spec.plugins : [];
  const sidecar = plugins.some((p) => isObject(p) && p.name === 'barman-cloud.cloudnative-pg.io' && p.enabled !== false)
    ? [
        {
          name: 'plugin-barman-cloud',
          securityContext: {
            allowPrivilegeEscalation: false,
            runAsNonRoot: true,
            privileged: false,
            readOnlyRootFilesystem: true,
            seccompProfile: { type: 'RuntimeDefault' },
            capabilities: { drop: ['ALL'] },
          },
        },
      ]
    : [];
  return [
    {
      path: 'spec (instance pods)',
      spec: {
        securityContext: pod,
        initContainers: [{ name: 'bootstrap-controller', securityContext: container }, ...sidecar],
        containers: [{ name: 'postgres', securityContext: container }],
      },
    },
  ];
};

/**
 * OT Redis operator 0.24 (internal/k8sutils/statefulset.go): the pod gets `spec.podSecurityContext`
 * as is, the Redis container (named after the StatefulSet) `spec.securityContext` as is, and the
 * exporter, when enabled, `spec.redisExporter.securityContext`. Nothing is defaulted.
 */
function otRedisPods(containerName: (name: string) => string): PodModel {
  return (spec, name) => {
    const exporter = obj(spec.redisExporter);
    return [
      {
        path: 'spec (pods)',
        spec: {
          ...(spec.podSecurityContext !== undefined ? { securityContext: spec.podSecurityContext } : {}),
          containers: [
            { name: containerName(name), ...(spec.securityContext !== undefined ? { securityContext: spec.securityContext } : {}) },
            ...(exporter.enabled === true
              ? [
                  {
                    name: 'redis-exporter',
                    ...(exporter.securityContext !== undefined ? { securityContext: exporter.securityContext } : {}),
                  },
                ]
              : []),
          ],
        },
      },
    ];
  };
}

/** Operator pod builders, by `group/Kind` of the resource. */
export const OPERATOR_POD_MODELS: Readonly<Record<string, PodModel>> = {
  'postgresql.cnpg.io/Cluster': cnpgClusterPods,
  'redis.redis.opstreelabs.in/RedisReplication': otRedisPods((name) => name),
  'redis.redis.opstreelabs.in/RedisSentinel': otRedisPods((name) => `${name}-sentinel`),
};

/** Every pod an operator builds from a template-less resource meets the profile of its namespace. */
export function operatorPodsRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  for (const [groupKind, model] of Object.entries(OPERATOR_POD_MODELS)) {
    const slash = groupKind.lastIndexOf('/');
    for (const { file, object } of ofKind(ctx, groupKind.slice(slash + 1), groupKind.slice(0, slash))) {
      const level = podSecurityLevel(object.metadata.namespace ?? '');
      const writableRoot = (container: string) => writableRootAllowed(object.apiVersion, object.kind, container);
      for (const pod of model(obj(object.spec), object.metadata.name))
        for (const message of podSpecProblems(pod.spec, pod.path, level, writableRoot)) findings.push({ file, object, message });
    }
  }
  return findings;
}
