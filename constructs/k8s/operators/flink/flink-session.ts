/**
 * A Flink session cluster run by the Flink Kubernetes operator (1.12.1), with the SQL gateway as a
 * sidecar of the JobManager ([K8FLINK][FLINKJ]): one `FlinkDeployment` (flink.apache.org/v1beta1)
 * without a `job`, so session mode. Native mode starts TaskManagers on demand between the slot
 * minimum and maximum; RocksDB state with incremental checkpoints to S3 (MinIO). Pods get
 * `app: <name>` and `type: flink-native-kubernetes` from Flink; the templates repeat the catalog
 * podSelector. Only the JobManager calls the Kubernetes API (its resource manager creates and
 * deletes TaskManager pods, with the operator chart's `flink` ServiceAccount and Role); without
 * Kubernetes HA the TaskManagers never do, so they get no token.
 */
import { Construct } from 'constructs';
import type { NodePoolName } from '../../../../config/types';
import {
  FlinkDeployment,
  FlinkDeploymentSpecFlinkVersion,
  FlinkDeploymentSpecJobManagerPodTemplateSpecContainersReadinessProbeTcpSocketPort as ProbePort,
  FlinkDeploymentSpecJobManagerPodTemplateSpecContainersResourcesLimits as Limit,
  FlinkDeploymentSpecJobManagerPodTemplateSpecContainersResourcesRequests as Request,
} from '../../../../imports/flinkdeployments-flink.apache.org';
import { restrictedContainer, restrictedPodTemplate, secretEnv, typedResources } from '../pod-template';

const FLINK_VERSION = '1.20.3';
/** `spec.flinkVersion` enum value of the operator for FLINK_VERSION. */
const FLINK_API_VERSION = FlinkDeploymentSpecFlinkVersion.V1_UNDERSCORE_20;
const FLINK_IMAGE = `flink:${FLINK_VERSION}-scala_2.12-java17`;
/** UID of the `flink` user of the official image. */
const FLINK_UID = 9999;
const FLINK_REST_PORT = 8081;
const SQL_GATEWAY_PORT = 8083;
/** The operator's name for the Flink container in pod templates. */
const FLINK_MAIN_CONTAINER = 'flink-main-container';
/** The S3 file system plugin the image's entrypoint links into /opt/flink/plugins. */
const S3_PLUGIN = `flink-s3-fs-presto-${FLINK_VERSION}.jar`;
/** Writable besides /tmp: logs, and the plugins folder the entrypoint links the S3 plugin into. */
const FLINK_WRITABLE = ['/opt/flink/log', '/opt/flink/plugins'];

interface FlinkSessionProps {
  /** Name of the FlinkDeployment (Flink's cluster-id and pod label `app`). */
  readonly name: string;
  readonly namespace: string;
  /** ServiceAccount of the JobManager (creates TaskManager pods); the operator chart creates `flink`. */
  readonly serviceAccount: string;
  readonly jobManager: { readonly cpu: number; readonly memory: string };
  readonly taskManager: {
    readonly cpu: number;
    readonly memory: string;
    readonly slots: number;
    readonly min: number;
    readonly max: number;
  };
  /** Checkpoint interval in seconds. */
  readonly checkpointIntervalSeconds: number;
  /** `s3://bucket/prefix` for checkpoints and savepoints. */
  readonly checkpointUri: string;
  readonly objectStore: { readonly endpoint: string; readonly secret: string };
  readonly nodePool: NodePoolName;
  readonly labels: Readonly<Record<string, string>>;
  readonly podLabels: Readonly<Record<string, string>>;
}

const FLINK_MEMORY = /^[1-9][0-9]*(m|g)$/;

export class FlinkSqlGateway extends Construct {
  readonly deployment: FlinkDeployment;

  constructor(scope: Construct, id: string, props: FlinkSessionProps) {
    super(scope, id);
    const tm = props.taskManager;
    if (!Number.isInteger(tm.slots) || tm.slots < 1)
      throw new Error(`FlinkDeployment ${props.name}: taskManager.slots must be a positive integer, found ${tm.slots}`);
    if (!Number.isInteger(tm.min) || tm.min < 1 || !Number.isInteger(tm.max) || tm.max < tm.min) {
      throw new Error(`FlinkDeployment ${props.name}: TaskManagers need 1 <= min <= max (integers), found ${tm.min}-${tm.max}`);
    }
    for (const [what, v] of [
      ['jobManager.memory', props.jobManager.memory],
      ['taskManager.memory', tm.memory],
    ] as const) {
      if (!FLINK_MEMORY.test(v))
        throw new Error(`FlinkDeployment ${props.name}: ${what} "${v}" is not a Flink memory size such as 2048m or 4g`);
    }
    if (!Number.isInteger(props.checkpointIntervalSeconds) || props.checkpointIntervalSeconds < 1) {
      throw new Error(
        `FlinkDeployment ${props.name}: checkpointIntervalSeconds must be a positive integer, found ${props.checkpointIntervalSeconds}`,
      );
    }
    if (!/^s3:\/\/[a-z0-9.-]+\/.+[^/]$/.test(props.checkpointUri))
      throw new Error(`FlinkDeployment ${props.name}: checkpointUri "${props.checkpointUri}" must be s3://<bucket>/<prefix>`);

    const checkpoints: Record<string, string> = {
      'state.backend.type': 'rocksdb',
      'state.backend.incremental': 'true',
      'state.checkpoints.dir': `${props.checkpointUri}/checkpoints`,
      'state.savepoints.dir': `${props.checkpointUri}/savepoints`,
      'execution.checkpointing.interval': `${props.checkpointIntervalSeconds}s`,
      'execution.checkpointing.mode': 'EXACTLY_ONCE',
    };
    const env = [
      secretEnv('AWS_ACCESS_KEY_ID', props.objectStore.secret, 'access-key'),
      secretEnv('AWS_SECRET_ACCESS_KEY', props.objectStore.secret, 'secret-key'),
      { name: 'ENABLE_BUILT_IN_PLUGINS', value: S3_PLUGIN },
    ];
    const podTemplate = (apiToken: boolean, sidecars: object[]) => {
      const pod = restrictedPodTemplate({
        labels: props.podLabels,
        nodePool: props.nodePool,
        uid: FLINK_UID,
        writablePaths: FLINK_WRITABLE,
      });
      return {
        metadata: pod.metadata,
        spec: {
          automountServiceAccountToken: apiToken,
          securityContext: pod.securityContext,
          nodeSelector: pod.nodeSelector,
          tolerations: pod.tolerations,
          containers: [
            { name: FLINK_MAIN_CONTAINER, env, securityContext: restrictedContainer(FLINK_UID), volumeMounts: pod.mounts },
            ...sidecars.map((s) => ({ ...s, securityContext: restrictedContainer(FLINK_UID), volumeMounts: pod.mounts })),
          ],
          volumes: pod.volumes,
        },
      };
    };
    // The gateway submits to the JobManager next to it; jobs get the checkpoint settings from the gateway's session config.
    const gateway = {
      name: 'sql-gateway',
      image: FLINK_IMAGE,
      command: ['/opt/flink/bin/sql-gateway.sh'],
      args: [
        'start-foreground',
        '-Dsql-gateway.endpoint.rest.address=0.0.0.0',
        `-Dsql-gateway.endpoint.rest.port=${SQL_GATEWAY_PORT}`,
        '-Dexecution.target=remote',
        '-Drest.address=localhost',
        `-Drest.port=${FLINK_REST_PORT}`,
        ...Object.entries(checkpoints).map(([k, v]) => `-D${k}=${v}`),
      ],
      ports: [{ name: 'http', containerPort: SQL_GATEWAY_PORT }],
      resources: typedResources(Request.fromString, Limit.fromString, {
        requests: { cpu: '250m', memory: '1Gi' },
        limits: { cpu: '1', memory: '1Gi' },
      }),
      readinessProbe: { tcpSocket: { port: ProbePort.fromNumber(SQL_GATEWAY_PORT) }, periodSeconds: 10 },
    };

    this.deployment = new FlinkDeployment(this, 'deployment', {
      metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
      spec: {
        image: FLINK_IMAGE,
        flinkVersion: FLINK_API_VERSION,
        serviceAccount: props.serviceAccount,
        flinkConfiguration: {
          'taskmanager.numberOfTaskSlots': String(tm.slots),
          // Native session mode: the ResourceManager keeps between min and max TaskManagers' worth of slots.
          'slotmanager.number-of-slots.min': String(tm.min * tm.slots),
          'slotmanager.number-of-slots.max': String(tm.max * tm.slots),
          ...checkpoints,
          's3.endpoint': props.objectStore.endpoint,
          's3.path.style.access': 'true',
          'io.tmp.dirs': '/tmp',
        },
        jobManager: {
          replicas: 1,
          resource: { cpu: props.jobManager.cpu, memory: props.jobManager.memory },
          podTemplate: podTemplate(true, [gateway]),
        },
        taskManager: { resource: { cpu: tm.cpu, memory: tm.memory }, podTemplate: podTemplate(false, []) },
      },
    });
  }
}
