/**
 * ClickHouse run by the Altinity operator: a ClickHouseKeeperInstallation (coordination for
 * replicated tables) and a ClickHouseInstallation with one shard of `replicas` replicas
 * (clickhouse.altinity.com/v1, clickhouse-keeper.altinity.com/v1). Both keep data on PVCs:
 * prune-protected, claims retained. Their pods run as a ServiceAccount of their own without a
 * token: neither the server nor the keeper calls the Kubernetes API (the operator does).
 */
import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { isQuantity } from '../../../../lib/k8s/quantity';
import type { NodePoolName, Resources } from '../../../../config/types';
import {
  ClickHouseInstallation,
  ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy as ServerReclaim,
} from '../../../../imports/clickhouseinstallations-clickhouse.altinity.com';
import {
  ClickHouseKeeperInstallation,
  ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy as KeeperReclaim,
} from '../../../../imports/clickhousekeeperinstallations-clickhouse-keeper.altinity.com';
import { protectFromPrune } from '../../core/argocd';
import { resourceJson, restrictedContainer, restrictedPodTemplate } from '../pod-template';

/** UID/GID of the clickhouse user in the official server and keeper images. */
export const CLICKHOUSE_UID = 101;
/** ClickHouse 25.8 LTS. */
const CLICKHOUSE_VERSION = '25.8.30.16';
export const CLICKHOUSE_IMAGE = `clickhouse/clickhouse-server:${CLICKHOUSE_VERSION}`;
const CLICKHOUSE_KEEPER_IMAGE = `clickhouse/clickhouse-keeper:${CLICKHOUSE_VERSION}`;
const KEEPER_CLIENT_PORT = 2181;
/** Container names the operator expects in pod templates. */
const CLICKHOUSE_CONTAINER = 'clickhouse';
const KEEPER_CONTAINER = 'clickhouse-keeper';

export interface ClickHouseSizing {
  readonly replicas: number;
  readonly storage: string;
  readonly resources: Resources;
}

/** A ClickHouse user of the installation whose password the operator reads from a Secret in its namespace. */
interface ClickHouseUser {
  readonly name: string;
  readonly secret: string;
  readonly key: string;
  /** GRANT statements (users.xml `grants`), e.g. `GRANT SELECT ON *.*`. */
  readonly grants: readonly string[];
}

interface MatihClickHouseProps {
  /** Name of the ClickHouseInstallation; the keeper is `<name>-keeper`. */
  readonly name: string;
  readonly namespace: string;
  readonly server: ClickHouseSizing;
  /** Keeper ensemble; replicas must be odd for a Raft quorum. */
  readonly keeper: ClickHouseSizing;
  readonly storageClass: string;
  readonly nodePool: NodePoolName;
  readonly labels: Readonly<Record<string, string>>;
  /** Labels of every ClickHouse and Keeper pod (the catalog podSelector). */
  readonly podLabels: Readonly<Record<string, string>>;
  /**
   * Users besides the operator's own. The operator admits `default` only from the installation's pods; these are admitted
   * from any address, so the NetworkPolicies decide which pods reach them. @default none
   */
  readonly users?: readonly ClickHouseUser[];
}

/** The operator's `users` settings of `users` (`<name>/<setting>` keys). */
export function userSettings(users: readonly ClickHouseUser[]): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const u of users) {
    if (!/^[a-z][a-z0-9_]*$/.test(u.name)) throw new Error(`ClickHouse user "${u.name}": use lower-case letters, digits and _`);
    if (u.grants.length === 0) throw new Error(`ClickHouse user "${u.name}": give it at least one GRANT`);
    settings[`${u.name}/k8s_secret_password`] = `${u.secret}/${u.key}`;
    settings[`${u.name}/networks/ip`] = ['::/0'];
    settings[`${u.name}/grants/query`] = [...u.grants];
  }
  return settings;
}

function check(name: string, what: string, s: ClickHouseSizing, odd: boolean): void {
  if (!Number.isInteger(s.replicas) || s.replicas < 1)
    throw new Error(`ClickHouse ${name}: ${what} replicas must be a positive integer, found ${s.replicas}`);
  if (odd && s.replicas % 2 === 0)
    throw new Error(`ClickHouse ${name}: ${what} replicas must be odd for a Raft quorum, found ${s.replicas}`);
  if (!isQuantity(s.storage)) throw new Error(`ClickHouse ${name}: ${what} storage "${s.storage}" is not a Kubernetes quantity`);
}

function volumeClaim<R>(name: string, storageClass: string, size: string, retain: R) {
  // Retain: deleting the installation must not delete the data volumes.
  return {
    name,
    reclaimPolicy: retain,
    spec: { storageClassName: storageClass, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: size } } },
  };
}

function podTemplate(
  name: string,
  serviceAccount: string,
  container: string,
  image: string,
  r: Resources,
  p: MatihClickHouseProps,
  writable: string[],
) {
  const pod = restrictedPodTemplate({ labels: p.podLabels, nodePool: p.nodePool, uid: CLICKHOUSE_UID, writablePaths: writable });
  return {
    name,
    metadata: pod.metadata,
    spec: {
      serviceAccountName: serviceAccount,
      automountServiceAccountToken: false,
      securityContext: pod.securityContext,
      nodeSelector: pod.nodeSelector,
      tolerations: pod.tolerations,
      containers: [
        {
          name: container,
          image,
          resources: resourceJson(r),
          securityContext: restrictedContainer(CLICKHOUSE_UID),
          volumeMounts: pod.mounts,
        },
      ],
      volumes: pod.volumes,
    },
  };
}

export class MatihClickHouse extends Construct {
  readonly installation: ClickHouseInstallation;
  readonly keeper: ClickHouseKeeperInstallation;

  constructor(scope: Construct, id: string, props: MatihClickHouseProps) {
    super(scope, id);
    check(props.name, 'server', props.server, false);
    check(props.name, 'keeper', props.keeper, true);
    if (!props.storageClass) throw new Error(`ClickHouse ${props.name}: storageClass must not be empty`);
    const keeperName = `${props.name}-keeper`;
    const metadata = (name: string) => ({ name, namespace: props.namespace, labels: { ...props.labels } });
    for (const account of [props.name, keeperName]) {
      new k8s.KubeServiceAccount(this, `${account}-service-account`, { metadata: metadata(account), automountServiceAccountToken: false });
    }

    this.keeper = protectFromPrune(
      new ClickHouseKeeperInstallation(this, 'keeper', {
        metadata: metadata(keeperName),
        spec: {
          defaults: { templates: { podTemplate: 'keeper', dataVolumeClaimTemplate: 'keeper-data' } },
          configuration: {
            clusters: [{ name: 'keeper', layout: { replicasCount: props.keeper.replicas } }],
            settings: { 'keeper_server/tcp_port': String(KEEPER_CLIENT_PORT), 'logger/console': 'true' },
          },
          templates: {
            podTemplates: [
              podTemplate('keeper', keeperName, KEEPER_CONTAINER, CLICKHOUSE_KEEPER_IMAGE, props.keeper.resources, props, [
                '/var/log/clickhouse-keeper',
                '/var/lib/clickhouse',
              ]),
            ],
            volumeClaimTemplates: [volumeClaim('keeper-data', props.storageClass, props.keeper.storage, KeeperReclaim.RETAIN)],
          },
        },
      }),
    );

    this.installation = protectFromPrune(
      new ClickHouseInstallation(this, 'installation', {
        metadata: metadata(props.name),
        spec: {
          defaults: { templates: { podTemplate: 'clickhouse', dataVolumeClaimTemplate: 'data' } },
          configuration: {
            // The operator names the keeper's client Service `keeper-<ClickHouseKeeperInstallation>`.
            zookeeper: { nodes: [{ host: `keeper-${keeperName}`, port: KEEPER_CLIENT_PORT }] },
            ...(props.users && props.users.length > 0 ? { users: userSettings(props.users) } : {}),
            clusters: [{ name: 'matih', layout: { shardsCount: 1, replicasCount: props.server.replicas } }],
          },
          templates: {
            podTemplates: [
              podTemplate('clickhouse', props.name, CLICKHOUSE_CONTAINER, CLICKHOUSE_IMAGE, props.server.resources, props, [
                '/var/log/clickhouse-server',
              ]),
            ],
            volumeClaimTemplates: [volumeClaim('data', props.storageClass, props.server.storage, ServerReclaim.RETAIN)],
          },
        },
      }),
    );
  }
}
