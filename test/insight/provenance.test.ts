import { loadPlatform } from '../../lib/model/load';
import type { K8sObject } from '../../lib/k8s/object';
import { catalogFile, keyHistory, specLayers } from '../../lib/insight/layers';
import { explainObject } from '../../lib/insight/provenance';
import { targetByName } from '../../lib/model/targets';

const platform = loadPlatform({ targets: ['dev-azure', 'prod-azure', 'staging-azure'] });
const model = (name: string) => platform.targets.find((t) => t.target.name === name)!;

function deployment(name: string, namespace: string, replicas: number, image: string): K8sObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels: { 'app.kubernetes.io/name': name, 'matih.ai/team': 'platform-services' } },
    spec: {
      replicas,
      template: {
        spec: { containers: [{ name, image, resources: { requests: { cpu: '250m' } }, securityContext: { runAsNonRoot: true } }] },
      },
    },
  };
}

describe('layer replay', () => {
  it('finds the catalog file of every component', () => {
    expect(catalogFile('api-gateway')).toBe('config/components/control-plane.ts');
    expect(catalogFile('ai-service')).toBe('config/components/data-plane.ts');
    expect(catalogFile('cert-manager')).toBe('config/components/operators.ts');
    for (const name of Object.keys(model('prod-azure').components)) expect(catalogFile(name)).not.toBe('config/components/index.ts');
  });

  it('records the dev overlay for replicas and the base for prod', () => {
    const dev = keyHistory(['components', 'api-gateway', 'replicas'], specLayers(targetByName('dev-azure')));
    expect(dev.base).toEqual({ file: 'config/components/control-plane.ts', value: 3 });
    expect(dev.overrides).toEqual([{ file: 'config/environments/dev.ts', value: 1, removed: false }]);
    expect(keyHistory(['components', 'api-gateway', 'replicas'], specLayers(targetByName('prod-azure'))).overrides).toEqual([]);
  });

  it('sees a removal (null) and a data-file override as later layers', () => {
    const layers = [
      ...specLayers(targetByName('dev-azure')),
      { file: 'overrides/dev-azure.yaml', overlay: { components: { 'api-gateway': { replicas: 4 } } } },
    ];
    const replicas = keyHistory(['components', 'api-gateway', 'replicas'], layers);
    expect(replicas.overrides.map((o) => `${o.file}=${String(o.value)}`)).toEqual([
      'config/environments/dev.ts=1',
      'overrides/dev-azure.yaml=4',
    ]);
    const hpa = keyHistory(['components', 'api-gateway', 'autoscaling', 'minReplicas'], layers);
    expect(hpa.overrides).toEqual([{ file: 'config/environments/dev.ts', value: undefined, removed: true }]);
    expect(keyHistory(['settings', 'kafka', 'brokers'], specLayers(targetByName('dev-azure')))).toEqual({
      base: { file: 'config/environments/base.ts', value: 3 },
      overrides: [{ file: 'config/environments/dev.ts', value: 1, removed: false }],
    });
  });
});

describe('explainObject', () => {
  it('traces replicas, image, resources and billing labels to model keys, and the rest to constructs', () => {
    const m = model('dev-azure');
    const gw = m.components['api-gateway'];
    if (gw.kind !== 'service') throw new Error('api-gateway is a service');
    const lines = explainObject({
      model: m,
      object: deployment('api-gateway', 'matih-control-plane', 1, `${gw.image.repository}:${gw.image.tag}`),
      file: 'workloads/api-gateway.yaml',
      layers: specLayers(m.target),
    });
    const by = Object.fromEntries(lines.map((l) => [l.path, l]));
    expect(by['spec.replicas']).toMatchObject({
      key: 'components.api-gateway.replicas',
      origin: expect.stringContaining('overridden by config/environments/dev.ts = 1'),
    });
    expect(by['spec.template.spec.containers[name=api-gateway].image'].key).toBe('components.api-gateway.image');
    expect(by['spec.template.spec.containers[name=api-gateway].resources.requests.cpu'].key).toBe(
      'components.api-gateway.resources.requests.cpu',
    );
    expect(by['metadata.labels["matih.ai/team"]'].key).toBe('components.api-gateway.billing.team');
    expect(by['spec.template.spec.containers[name=api-gateway].securityContext.runAsNonRoot'].origin).toBe(
      'construct default (config/pod-security.ts)',
    );
  });

  it("traces a service's datasource pool size to settings.dbPoolSize", () => {
    const m = model('dev-azure');
    const configMap: K8sObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'query-engine-config', namespace: 'matih-data-plane', labels: { 'app.kubernetes.io/name': 'query-engine' } },
      data: { SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE: '13' },
    };
    // An override of its own, so the test holds whatever the environments ship.
    const layers = specLayers(m.target, [{ file: 'config/overrides/dev.yaml', overlay: { settings: { dbPoolSize: 13 } } }]);
    const [line] = explainObject({ model: m, object: configMap, file: 'workloads/query-engine.yaml', layers, field: 'data' });
    expect(line).toMatchObject({
      key: 'settings.dbPoolSize',
      origin: expect.stringContaining('overridden by config/overrides/dev.yaml = 13'),
    });
  });

  it('traces tenant quotas to the tier table or to tenants.yaml', () => {
    const m = model('prod-azure');
    const quota = (slug: string): K8sObject => ({
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'q', namespace: `tenant-${slug}` },
      spec: { hard: { pods: '1', 'requests.cpu': '1' } },
    });
    const acme = explainObject({ model: m, object: quota('acme'), file: 'tenants/acme.yaml', layers: specLayers(m.target) });
    expect(acme.find((p) => p.path === 'spec.hard.pods')).toMatchObject({
      key: 'tenants[acme].quota.pods',
      origin: expect.stringContaining('TIER_QUOTAS.PROFESSIONAL.pods'),
    });
    const globex = explainObject({
      // globex runs on its dedicated cluster of prod-azure.
      model: model('prod-azure-globex'),
      object: quota('globex'),
      file: 'tenants/globex.yaml',
      layers: specLayers(m.target),
      field: 'spec.hard["requests.cpu"]',
    });
    expect(globex).toEqual([
      expect.objectContaining({ key: 'tenants[globex].quota.requestsCpu', origin: 'config/tenants.yaml (own quota of globex)' }),
    ]);
  });
});
