import { objects } from './helpers';

const OPERATOR_FILES =
  /^(data\/(kafka|ray|temporal|crossplane|clickhouse|spark-connect|flink-sql-gateway)|security\/crossplane-providers|monitoring\/(control-plane|data-plane|platform)\.yaml)/;

/**
 * Small snapshots: which operator objects each representative target renders, plus two full objects.
 * Tenants' TenantBuckets are left out (they come and go with tenants): crossplane-monitoring.test.ts
 * checks one exactly for each PROFESSIONAL and ENTERPRISE tenant of the model.
 */
describe.each(['dev-azure', 'prod-aws'])('operator objects of %s', (target) => {
  const rendered = () => objects(target).filter((o) => OPERATOR_FILES.test(o.__file));

  test('names and kinds', () => {
    expect(
      rendered()
        .map((o) => `${o.__file} ${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? '-'}/${o.metadata.name}`)
        .sort(),
    ).toMatchSnapshot();
  });

  test('the broker node pool and the RayCluster worker groups', () => {
    const broker = rendered().find((o) => o.kind === 'KafkaNodePool' && o.metadata.name === 'broker');
    const ray = rendered().find((o) => o.kind === 'RayCluster');
    expect({
      broker: broker?.spec,
      rayWorkers: (ray?.spec.workerGroupSpecs ?? []).map((g: any) => ({
        group: g.groupName,
        min: g.minReplicas,
        max: g.maxReplicas,
        pool: g.template.spec.nodeSelector,
      })),
    }).toMatchSnapshot();
  });
});
