import { MINIO_ENDPOINT } from '../../../../config/components/define';
import type { ResolvedTarget, SparkConnectSizing } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import { operatedComponent, operatorLabels } from '../common';
import { SparkDriverAccount } from './driver-rbac';
import { MatihSparkConnect } from './spark-connect';
import type { OperatorAddOn } from '../add-on';

export * from './driver-rbac';
export * from './spark-connect';

/** Name of the SparkConnect and of its Service (`spark-connect.matih-data-plane:15002` [SPARK]). */
const SPARK_CONNECT_NAME = 'spark-connect';
/** ServiceAccount of the Connect server (its own, rendered here, rather than the chart's shared driver account). */
export const SPARK_SERVICE_ACCOUNT = 'spark-connect';
/** ServiceAccount of its executors (no Role, no token). */
const SPARK_EXECUTOR_SERVICE_ACCOUNT = 'spark-connect-executor';
/** MinIO key of the lakehouse, already synced into matih-data-plane for Trino, Polaris and the history server. */
const SPARK_OBJECT_STORE_SECRET = 'lakehouse-s3-credentials';

/** The Spark Connect server in `data/spark-connect.yaml`. */
function buildSparkConnect(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent<SparkConnectSizing>(model, 'spark-connect');
  if (!component) return;
  const { server, executor } = component.sizing;
  const scope = charts.group('data', 'spark-connect');
  new SparkDriverAccount(scope, 'driver-account', {
    name: SPARK_SERVICE_ACCOUNT,
    executorName: SPARK_EXECUTOR_SERVICE_ACCOUNT,
    namespace: component.namespace,
    labels: operatorLabels('spark-connect', component.billing, 'driver-rbac', SPARK_CONNECT_NAME),
  });
  new MatihSparkConnect(scope, 'spark-connect', {
    name: SPARK_CONNECT_NAME,
    namespace: component.namespace,
    serviceAccount: SPARK_SERVICE_ACCOUNT,
    executorServiceAccount: SPARK_EXECUTOR_SERVICE_ACCOUNT,
    server: { cores: server.cores, memory: server.memory, resources: server.resources },
    executor: { instances: executor.instances, cores: executor.cores, memory: executor.memory },
    nodePool: component.nodePool,
    objectStore: { endpoint: MINIO_ENDPOINT, secret: SPARK_OBJECT_STORE_SECRET },
    labels: operatorLabels('spark-connect', component.billing, undefined, SPARK_CONNECT_NAME),
    podLabels: component.podSelector,
  });
}

/** The add-on (../add-on.ts) built by `buildSparkConnect`. */
export const sparkConnectAddOn: OperatorAddOn = { component: 'spark-connect', build: buildSparkConnect };
