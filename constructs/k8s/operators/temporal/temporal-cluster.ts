import { Construct } from 'constructs';
import type { NodePoolName, Resources } from '../../../../config/types';
import {
  TemporalCluster,
  TemporalClusterSpecJobResourcesLimits as Limit,
  TemporalClusterSpecJobResourcesRequests as Request,
  TemporalClusterSpecMTlsProvider,
  TemporalClusterSpecPersistenceDefaultStoreSqlPluginName,
  TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName,
} from '../../../../imports/temporalclusters-temporal.io';
import { TemporalNamespace } from '../../../../imports/temporalnamespaces-temporal.io';
import { protectFromPrune } from '../../core/argocd';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext, writableVolumes } from '../../core/security-context';
import { poolSelector, poolTolerations } from '../common';

/**
 * Temporal server version. temporal-operator v0.22.0 documents 1.24.x in its README and every
 * release since v0.19 accepts it; 1.24.0 itself is on the operator's broken-release list.
 */
export const TEMPORAL_VERSION = '1.24.3';
/** UID of the temporalio/server image (the operator's own default pod identity). */
export const TEMPORAL_UID = 1000;
/**
 * Where the image's entrypoint renders the server config: `dockerize -template
 * config/config_template.yaml:config/docker.yaml` (temporalio/docker-builds docker/entrypoint.sh
 * for the 1.24 images). An emptyDir there keeps the root filesystem read-only; the operator's
 * config_template.yaml and certificate mounts sit inside it.
 */
export const TEMPORAL_CONFIG_DIR = '/etc/temporal/config';

interface TemporalDatabase {
  /** `host:port` of PostgreSQL. */
  readonly address: string;
  readonly user: string;
  readonly database: string;
  readonly visibilityDatabase: string;
  /** Secret (in the cluster's namespace) and key holding the password. */
  readonly passwordSecret: { readonly name: string; readonly key: string };
}

export interface TemporalNamespaceSpec {
  readonly name: string;
  readonly description: string;
  /** Retention of closed workflow executions, a Go duration (`720h`). */
  readonly retention: string;
}

interface MatihTemporalProps {
  readonly name: string;
  readonly namespace: string;
  readonly database: TemporalDatabase;
  /** History shards; fixed for the cluster's lifetime (changing it means a new cluster). */
  readonly historyShards: number;
  readonly namespaces: readonly TemporalNamespaceSpec[];
  readonly labels: Readonly<Record<string, string>>;
  /** @default dataplane */
  readonly nodePool?: NodePoolName;
  /** Requests and limits of every Temporal service pod. */
  readonly resources: Resources;
}

const GO_DURATION = /^([0-9]+(ns|us|ms|s|m|h))+$/;

/** A TemporalCluster on PostgreSQL with cert-manager mTLS, plus its TemporalNamespaces. */
export class MatihTemporal extends Construct {
  readonly cluster: TemporalCluster;
  readonly namespaces: TemporalNamespace[] = [];

  constructor(scope: Construct, id: string, props: MatihTemporalProps) {
    super(scope, id);
    if (!Number.isInteger(props.historyShards) || props.historyShards < 1)
      throw new Error(`Temporal historyShards must be a positive integer, found ${props.historyShards}`);
    if (!/^[^:/]+:\d+$/.test(props.database.address))
      throw new Error(`Temporal database address "${props.database.address}" must be host:port`);
    const names = new Set<string>();
    for (const ns of props.namespaces) {
      if (!GO_DURATION.test(ns.retention))
        throw new Error(`Temporal namespace "${ns.name}": retention "${ns.retention}" is not a Go duration (e.g. 720h)`);
      if (names.has(ns.name)) throw new Error(`Temporal namespace "${ns.name}" is declared twice`);
      names.add(ns.name);
    }
    const pool = props.nodePool ?? 'dataplane';
    const d = props.database;
    const sql = { connectAddr: d.address, connectProtocol: 'tcp', user: d.user };
    const password = { name: d.passwordSecret.name, key: d.passwordSecret.key };
    // The generated quantity classes of every service are structurally the same, so one pair serves all.
    const r = props.resources;
    const resources = {
      requests: { cpu: Request.fromString(r.requests.cpu), memory: Request.fromString(r.requests.memory) },
      limits: { cpu: Limit.fromString(r.limits.cpu), memory: Limit.fromString(r.limits.memory) },
    };
    // The operator builds Deployments with container "service" (its own ServiceAccount per service) and
    // strategic-merges these overrides into them; seccomp and the scratch volumes are what its defaults lack.
    // The server never calls the Kubernetes API, so no token.
    const scratch = writableVolumes([TEMPORAL_CONFIG_DIR]);
    const overrides = {
      deployment: {
        spec: {
          template: {
            spec: {
              automountServiceAccountToken: false,
              securityContext: restrictedPodSecurityContext({ uid: TEMPORAL_UID }),
              nodeSelector: poolSelector(pool),
              tolerations: poolTolerations(pool),
              containers: [
                {
                  name: 'service',
                  securityContext: restrictedContainerSecurityContext({ uid: TEMPORAL_UID }),
                  volumeMounts: scratch.mounts,
                },
              ],
              volumes: scratch.volumes,
            },
          },
        },
      },
    };

    this.cluster = protectFromPrune(
      new TemporalCluster(this, 'cluster', {
        metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
        spec: {
          version: TEMPORAL_VERSION,
          numHistoryShards: props.historyShards,
          persistence: {
            defaultStore: {
              sql: { ...sql, pluginName: TemporalClusterSpecPersistenceDefaultStoreSqlPluginName.POSTGRES12, databaseName: d.database },
              passwordSecretRef: password,
            },
            visibilityStore: {
              sql: {
                ...sql,
                pluginName: TemporalClusterSpecPersistenceVisibilityStoreSqlPluginName.POSTGRES12,
                databaseName: d.visibilityDatabase,
              },
              passwordSecretRef: password,
            },
          },
          mTls: {
            provider: TemporalClusterSpecMTlsProvider.CERT_HYPHEN_MANAGER,
            internode: { enabled: true },
            frontend: { enabled: true },
            refreshInterval: '1h',
            renewBefore: '720h',
          },
          services: {
            frontend: { resources },
            history: { resources },
            matching: { resources },
            worker: { resources },
            overrides,
          },
          jobResources: resources,
          ui: { enabled: false },
          admintools: { enabled: false },
          metrics: { enabled: true, prometheus: { listenPort: 9090 } },
        },
      }),
    );

    for (const ns of props.namespaces) {
      this.namespaces.push(
        new TemporalNamespace(this, ns.name, {
          metadata: { name: ns.name, namespace: props.namespace, labels: { ...props.labels } },
          spec: {
            clusterRef: { name: props.name },
            description: ns.description,
            retentionPeriod: ns.retention,
            // Deleting the object must never delete the workflows it holds.
            allowDeletion: false,
          },
        }),
      );
    }
  }
}
