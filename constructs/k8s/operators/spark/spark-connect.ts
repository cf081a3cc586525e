/**
 * A Spark Connect server run by the Kubeflow Spark operator (chart 2.4.0): one `SparkConnect`
 * (sparkoperator.k8s.io/v1alpha1). The operator creates the server pod from `server.template` and
 * a Service named by `server.service`; the server creates its executors from `executor.template`.
 * Both templates are restricted and carry the catalog podSelector, so NetworkPolicies cover server
 * and executors alike. The server (the driver) calls the Kubernetes API to run its executors; the
 * executors run as their own ServiceAccount without a token.
 */
import { Construct } from 'constructs';
import type { NodePoolName, Resources } from '../../../../config/types';
import { SparkConnect } from '../../../../imports/sparkconnects-sparkoperator.k8s.io';
import { resourceJson, restrictedContainer, restrictedPodTemplate, secretEnv } from '../pod-template';

/** Spark 4.0.x: the line the operator's SparkConnect examples use (the fact sheet's 4.1.1 is not yet covered by chart 2.4.0). */
const SPARK_VERSION = '4.0.1';
const SPARK_IMAGE = `docker.io/library/spark:${SPARK_VERSION}`;
/** UID of the `spark` user of the official image. */
const SPARK_UID = 185;
const SPARK_CONNECT_PORT = 15002;
/** Container names the operator (server) and Spark (executors) look for in the templates. */
const SPARK_SERVER_CONTAINER = 'spark-kubernetes-driver';
const SPARK_EXECUTOR_CONTAINER = 'spark-kubernetes-executor';
/** Directories Spark writes besides /tmp: daemon logs and the working directory. */
const SPARK_WRITABLE = ['/opt/spark/logs', '/opt/spark/work-dir'];

interface SparkConnectProps {
  /** Name of the SparkConnect and of its Service (`<name>.<namespace>:15002`). */
  readonly name: string;
  readonly namespace: string;
  /** ServiceAccount allowed to create executor pods (its Role: driver-rbac.ts). */
  readonly serviceAccount: string;
  /** ServiceAccount of the executors (no Role; their pods mount no token). */
  readonly executorServiceAccount: string;
  readonly server: { readonly cores: number; readonly memory: string; readonly resources: Resources };
  readonly executor: { readonly instances: number; readonly cores: number; readonly memory: string };
  readonly nodePool: NodePoolName;
  /** S3 endpoint (MinIO) and the Secret with `access-key`/`secret-key` read into AWS_* env vars. */
  readonly objectStore: { readonly endpoint: string; readonly secret: string };
  readonly labels: Readonly<Record<string, string>>;
  readonly podLabels: Readonly<Record<string, string>>;
}

const SPARK_MEMORY = /^[1-9][0-9]*[kmgt]$/;

export class MatihSparkConnect extends Construct {
  readonly sparkConnect: SparkConnect;

  constructor(scope: Construct, id: string, props: SparkConnectProps) {
    super(scope, id);
    for (const [what, v] of [
      ['server.cores', props.server.cores],
      ['executor.cores', props.executor.cores],
      ['executor.instances', props.executor.instances],
    ] as const) {
      if (!Number.isInteger(v) || v < 1) throw new Error(`SparkConnect ${props.name}: ${what} must be a positive integer, found ${v}`);
    }
    for (const [what, v] of [
      ['server.memory', props.server.memory],
      ['executor.memory', props.executor.memory],
    ] as const) {
      if (!SPARK_MEMORY.test(v))
        throw new Error(`SparkConnect ${props.name}: ${what} "${v}" is not a Spark memory size such as 2g or 512m`);
    }
    const env = [
      secretEnv('AWS_ACCESS_KEY_ID', props.objectStore.secret, 'access-key'),
      secretEnv('AWS_SECRET_ACCESS_KEY', props.objectStore.secret, 'secret-key'),
    ];
    const template = (container: string, serviceAccount: string, apiToken: boolean, extra: Record<string, unknown>) => {
      const pod = restrictedPodTemplate({
        labels: props.podLabels,
        nodePool: props.nodePool,
        uid: SPARK_UID,
        writablePaths: SPARK_WRITABLE,
      });
      return {
        metadata: pod.metadata,
        spec: {
          serviceAccountName: serviceAccount,
          automountServiceAccountToken: apiToken,
          securityContext: pod.securityContext,
          nodeSelector: pod.nodeSelector,
          tolerations: pod.tolerations,
          containers: [
            {
              name: container,
              image: SPARK_IMAGE,
              env,
              securityContext: restrictedContainer(SPARK_UID),
              volumeMounts: pod.mounts,
              ...extra,
            },
          ],
          volumes: pod.volumes,
        },
      };
    };
    const server = template(SPARK_SERVER_CONTAINER, props.serviceAccount, true, {
      resources: resourceJson(props.server.resources),
      ports: [{ name: 'grpc', containerPort: SPARK_CONNECT_PORT }],
    });

    this.sparkConnect = new SparkConnect(this, 'spark-connect', {
      metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
      spec: {
        sparkVersion: SPARK_VERSION,
        image: SPARK_IMAGE,
        sparkConf: {
          'spark.kubernetes.authenticate.driver.serviceAccountName': props.serviceAccount,
          'spark.kubernetes.authenticate.executor.serviceAccountName': props.executorServiceAccount,
          'spark.local.dir': '/tmp',
        },
        hadoopConf: {
          // S3A reads AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY through its default credential chain.
          'fs.s3a.endpoint': props.objectStore.endpoint,
          'fs.s3a.path.style.access': 'true',
          'fs.s3a.connection.ssl.enabled': String(props.objectStore.endpoint.startsWith('https://')),
        },
        server: {
          cores: props.server.cores,
          memory: props.server.memory,
          template: server,
          // Names the Service `<name>` instead of the operator's default `<name>-server`.
          service: { metadata: { name: props.name } },
        },
        executor: {
          instances: props.executor.instances,
          cores: props.executor.cores,
          memory: props.executor.memory,
          template: template(SPARK_EXECUTOR_CONTAINER, props.executorServiceAccount, false, {}),
        },
      },
    });
  }
}
