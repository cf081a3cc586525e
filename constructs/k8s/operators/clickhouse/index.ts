import { CLICKHOUSE_INSTALLATION_NAME } from '../../../../config/components/data-infrastructure';
import { resources } from '../../../../config/components/define';
import type { ResolvedTarget } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import { operatedComponent, operatorLabels } from '../common';
import { MatihClickHouse } from './clickhouse-installation';

export * from './clickhouse-installation';

/** ClickHouseKeeperInstallation + ClickHouseInstallation in `data/clickhouse.yaml`; dev runs one of each. */
export function buildClickHouse(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent(model, 'clickhouse');
  if (!component) return;
  const dev = model.settings.name === 'dev';
  new MatihClickHouse(charts.group('data', 'clickhouse'), 'clickhouse', {
    name: CLICKHOUSE_INSTALLATION_NAME,
    namespace: component.namespace,
    server: { replicas: dev ? 1 : 2, storage: dev ? '20Gi' : '200Gi', resources: dev ? resources('500m', '2Gi', '2', '4Gi') : resources('2', '8Gi', '4', '16Gi') },
    keeper: { replicas: dev ? 1 : 3, storage: '10Gi', resources: resources('250m', '512Mi', '1', '1Gi') },
    storageClass: model.target.storageClass,
    nodePool: component.nodePool,
    labels: operatorLabels('clickhouse', component.billing, undefined, CLICKHOUSE_INSTALLATION_NAME),
    podLabels: component.podSelector,
  });
}
