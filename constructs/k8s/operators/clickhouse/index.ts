import { CLICKHOUSE_INSTALLATION_NAME } from '../../../../config/components/data-infrastructure';
import type { ClickHouseSizing, ResolvedTarget } from '../../../../config/types';
import type { TargetScope } from '../../core/target-scope';
import { operatedComponent, operatorLabels } from '../common';
import { MatihClickHouse } from './clickhouse-installation';
import type { OperatorAddOn } from '../add-on';

export * from './clickhouse-installation';

/** ClickHouseKeeperInstallation + ClickHouseInstallation in `data/clickhouse.yaml`, sized by the component's `sizing`. */
export function buildClickHouse(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent<ClickHouseSizing>(model, 'clickhouse');
  if (!component) return;
  const { server, keeper } = component.sizing;
  new MatihClickHouse(charts.group('data', 'clickhouse'), 'clickhouse', {
    name: CLICKHOUSE_INSTALLATION_NAME,
    namespace: component.namespace,
    server: { replicas: server.replicas, storage: server.storage, resources: server.resources },
    keeper: { replicas: keeper.replicas, storage: keeper.storage, resources: keeper.resources },
    storageClass: model.target.storageClass,
    nodePool: component.nodePool,
    labels: operatorLabels('clickhouse', component.billing, undefined, CLICKHOUSE_INSTALLATION_NAME),
    podLabels: component.podSelector,
  });
}

/** The add-on (../add-on.ts) built by `buildClickHouse`. */
export const clickHouseAddOn: OperatorAddOn = { component: 'clickhouse', build: buildClickHouse };
