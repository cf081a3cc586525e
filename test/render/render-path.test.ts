import { ApiObject, JsonPatch, Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-29';
import { toYamlDocuments } from '../../lib/render/yaml';
import { DEFAULT_DATA_DIR, resolveTarget } from '../../lib/model/load';
import { parseTenants } from '../../lib/model/tenants';
import { TARGETS } from '../../config/targets';
import { PlatformCharts } from '../../lib/render/platform-charts';
import { FEATURES } from '../../lib/render/features';
import { generateTenants, tenantsYaml } from '../../lib/model/synthetic-tenants';
import { targetByName } from '../../lib/model/targets';

const CDK8S_TO_JSON = ApiObject.prototype.toJson;

function chartsWithTenants(count: number): PlatformCharts {
  const tenants = parseTenants(
    tenantsYaml(generateTenants({ count, targets: ['prod-azure'] })),
    'bench',
    TARGETS.map((t) => t.name),
  );
  const model = resolveTarget(targetByName('prod-azure'), DEFAULT_DATA_DIR, tenants);
  const charts = new PlatformCharts(model);
  for (const feature of FEATURES) feature(charts, model);
  return charts;
}

/** Each file as JSON (key order included) and as the YAML written to dist/. */
function texts(files: Map<string, unknown[]>): Map<string, { json: string; yaml: string }> {
  return new Map([...files].map(([file, objects]) => [file, { json: JSON.stringify(objects), yaml: toYamlDocuments(objects) }]));
}

describe('fast render path (PlatformCharts.render)', () => {
  it('renders 150 synthetic tenants on prod-azure exactly as cdk8s ApiObject.toJson() does', () => {
    const charts = chartsWithTenants(150);
    const fast = charts.render();
    const cdk8s = charts.render({ cdk8sToJson: true });
    const objects = [...fast.values()].reduce((n, list) => n + list.length, 0);
    expect(objects).toBeGreaterThan(150 * 10);
    expect([...fast.keys()]).toEqual([...cdk8s.keys()]);
    const expected = texts(cdk8s);
    for (const [file, text] of texts(fast)) expect({ file, ...text }).toEqual({ file, ...expected.get(file) });
  });

  it('is identical for values resolvers replace, JSON patches, empty metadata lists and dropped nulls, and is really used', () => {
    const charts = chartsWithTenants(0);
    const group = charts.group('platform', 'edge-cases');
    let baseDuringRender: unknown;
    new k8s.KubeConfigMap(group, 'lazy', {
      metadata: { name: 'lazy', namespace: 'matih-system', finalizers: [], annotations: {}, labels: { b: '2', a: '1' } },
      data: {
        z: 'last',
        produced: Lazy.any({
          produce: () => {
            baseDuringRender = ApiObject.prototype.toJson;
            return 'from-lazy';
          },
        }) as unknown as string,
        a: 'first',
      },
    });
    new k8s.KubeService(group, 'ports', {
      metadata: { name: 'ports', namespace: 'matih-system' },
      spec: {
        ports: [
          { port: 80, targetPort: k8s.IntOrString.fromString('http') },
          { port: 81, targetPort: k8s.IntOrString.fromNumber(8081) },
        ],
        selector: undefined,
      },
    });
    new k8s.KubeResourceQuota(group, 'quota', {
      metadata: { name: 'q', namespace: 'matih-system' },
      spec: { hard: { cpu: k8s.Quantity.fromString('2'), pods: k8s.Quantity.fromNumber(10) } },
    });
    new ApiObject(group, 'plain', {
      apiVersion: 'example.com/v1',
      kind: 'Thing',
      metadata: { name: 'plain' },
      spec: { list: [null, 1, { y: null, x: [] }], empty: {} },
    });
    new k8s.KubeConfigMap(group, 'patched', { metadata: { name: 'patched' }, data: { a: '1' } }).addJsonPatch(
      JsonPatch.add('/data/b', '2'),
    );

    const fast = charts.render().get('platform/edge-cases.yaml')!;
    expect(baseDuringRender).not.toBe(CDK8S_TO_JSON);
    expect(ApiObject.prototype.toJson).toBe(CDK8S_TO_JSON);
    const cdk8s = charts.render({ cdk8sToJson: true }).get('platform/edge-cases.yaml')!;
    expect(baseDuringRender).toBe(CDK8S_TO_JSON);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(cdk8s));
    expect(toYamlDocuments(fast)).toBe(toYamlDocuments(cdk8s));
    // Not vacuous: the cases above reached the output.
    expect(fast.map((o) => o.metadata.name)).toEqual(['lazy', 'ports', 'q', 'plain', 'patched']);
    expect(fast[0].data).toEqual({ a: 'first', produced: 'from-lazy', z: 'last' });
    expect(fast[4].data).toEqual({ a: '1', b: '2' });
  });

  it('fails like cdk8s on values it cannot render, and restores ApiObject.prototype.toJson', () => {
    const charts = chartsWithTenants(0);
    new ApiObject(charts.group('platform', 'broken'), 'broken', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'broken' },
      data: { when: new Date(0) },
    });
    const message = (cdk8sToJson: boolean) => {
      try {
        charts.render({ cdk8sToJson });
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(message(false)).toContain("Failed serializing construct at path 'platform/broken/broken'");
    expect(message(false)).toBe(message(true));
    expect(ApiObject.prototype.toJson).toBe(CDK8S_TO_JSON);
  });
});
