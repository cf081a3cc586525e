import { MINIO_ENDPOINT } from '../../../../config/components/define';
import type { FlinkSizing, ResolvedTarget } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import { operatedComponent, operatorLabels } from '../common';
import { FlinkSqlGateway } from './flink-session';
import type { OperatorAddOn } from '../add-on';

export * from './flink-session';

/** Name of the FlinkDeployment; Flink's headless `<name>` Service resolves to the JobManager running the gateway. */
const FLINK_SQL_GATEWAY_NAME = 'flink-sql-gateway';
/** ServiceAccount the flink-kubernetes-operator chart creates in each watched namespace for JobManagers. */
const FLINK_SERVICE_ACCOUNT = 'flink';
/** MinIO key of the lakehouse, already synced into matih-data-plane. */
const FLINK_OBJECT_STORE_SECRET = 'lakehouse-s3-credentials';

/** The Flink session cluster with the SQL gateway in `data/flink-sql-gateway.yaml`, sized by the component's `sizing`. */
function buildFlink(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent<FlinkSizing>(model, 'flink-sql-gateway');
  if (!component) return;
  const { jobManager, taskManager, checkpointIntervalSeconds } = component.sizing;
  new FlinkSqlGateway(charts.group('data', 'flink-sql-gateway'), 'flink-sql-gateway', {
    name: FLINK_SQL_GATEWAY_NAME,
    namespace: component.namespace,
    serviceAccount: FLINK_SERVICE_ACCOUNT,
    jobManager: { ...jobManager },
    taskManager: { ...taskManager },
    checkpointIntervalSeconds,
    checkpointUri: `s3://flink-checkpoints/${FLINK_SQL_GATEWAY_NAME}`,
    objectStore: { endpoint: MINIO_ENDPOINT, secret: FLINK_OBJECT_STORE_SECRET },
    nodePool: component.nodePool,
    labels: operatorLabels('flink-sql-gateway', component.billing, undefined, FLINK_SQL_GATEWAY_NAME),
    podLabels: component.podSelector,
  });
}

/** The add-on (../add-on.ts) built by `buildFlink`. */
export const flinkAddOn: OperatorAddOn = { component: 'flink-sql-gateway', build: buildFlink };
