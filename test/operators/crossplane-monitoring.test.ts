import { loadTenants } from '../../lib/model/tenants';
import { DEFAULT_DATA_DIR } from '../../lib/model/load';
import { isPruneProtected } from '../../constructs/k8s/core/argocd';
import { buildContext } from '../../lib/gate';
import { registryOf } from '../../lib/gate/xrd-schemas';
import { renderedTarget, shippedBuild } from '../support/render';
import { type Obj, objects, ofKind, one, restrictedViolations, TARGET_NAMES, targetSpec } from './helpers';
import * as path from 'node:path';
import { tenantFile } from '../../constructs/k8s/core/names';

const CLOUD_PACKAGE = { azure: 'provider-azure-storage', aws: 'provider-aws-s3', gcp: 'provider-gcp-storage' } as const;
const tenants = loadTenants(path.join(DEFAULT_DATA_DIR, 'tenants.yaml'), [...TARGET_NAMES]);

describe.each(TARGET_NAMES)('Crossplane on %s', (target) => {
  const cloud = targetSpec(target).provider.cloud;

  test("provider packages are the target cloud's, pinned to a version, in the wave-2 security folder", () => {
    const providers = ofKind(target, 'Provider', 'pkg.crossplane.io');
    expect(providers.map((p) => p.spec.package).some((p: string) => p.includes(`/${CLOUD_PACKAGE[cloud]}:`))).toBe(true);
    for (const p of providers) {
      expect(p.spec.package).toMatch(/:v\d+\.\d+\.\d+$/);
      const others = (['azure', 'aws', 'gcp'] as const).filter((c) => c !== cloud);
      expect(others.filter((c) => p.spec.package.includes(`provider-${c}-`) || p.spec.package.includes(`provider-family-${c}:`))).toEqual(
        [],
      );
      expect(p.__file).toBe('security/crossplane-providers.yaml');
    }
    const fn = one(target, 'Function', 'pkg.crossplane.io');
    expect(fn.spec.package).toMatch(/function-patch-and-transform:v\d+\.\d+\.\d+$/);
  });

  test('provider pods run as the federated ServiceAccount with a restricted context', () => {
    const runtime = ofKind(target, 'DeploymentRuntimeConfig', 'pkg.crossplane.io').find(
      (r) => r.metadata.name === 'matih-provider-runtime',
    )!;
    const pod = runtime.spec.deploymentTemplate.spec.template.spec;
    expect(pod.serviceAccountName).toBe('crossplane-provider');
    for (const c of pod.containers) expect(restrictedViolations(pod.securityContext, c.securityContext)).toEqual([]);
    for (const p of ofKind(target, 'Provider', 'pkg.crossplane.io')) expect(p.spec.runtimeConfigRef.name).toBe('matih-provider-runtime');
  });

  test('the provider config authenticates by workload identity', () => {
    const config = one(target, 'ClusterProviderConfig');
    const expected = { azure: 'OIDCTokenFile', aws: 'IRSA', gcp: 'InjectedIdentity' }[cloud];
    expect(config.spec.credentials).toEqual({ source: expected });
    if (cloud === 'azure')
      expect(config.spec).toMatchObject({ tenantID: expect.any(String), subscriptionID: expect.any(String), clientID: expect.any(String) });
  });

  test('the Composition is a Pipeline composing private storage of the target cloud', () => {
    const composition = one(target, 'Composition', 'apiextensions.crossplane.io');
    expect(composition.spec.mode).toBe('Pipeline');
    const bases = composition.spec.pipeline[0].input.resources.map((r: any) => r.base);
    expect(bases.every((b: any) => b.apiVersion.includes({ azure: 'azure', aws: 'aws', gcp: 'gcp' }[cloud]))).toBe(true);
    expect(bases.every((b: any) => !b.spec.managementPolicies.includes('Delete') && !b.spec.managementPolicies.includes('*'))).toBe(true);
    const text = JSON.stringify(bases);
    if (cloud === 'azure') expect(text).toContain('"containerAccessType":"private"');
    if (cloud === 'aws') expect(text).toContain('"blockPublicPolicy":true');
    if (cloud === 'gcp') expect(text).toContain('"publicAccessPrevention":"enforced"');
    const xrd = one(target, 'CompositeResourceDefinition', 'apiextensions.crossplane.io');
    expect(xrd.spec.scope).toBe('Namespaced');
    expect(composition.spec.compositeTypeRef).toEqual({
      apiVersion: `${xrd.spec.group}/${xrd.spec.versions[0].name}`,
      kind: xrd.spec.names.kind,
    });
  });

  test('a TenantBucket exactly for PROFESSIONAL and ENTERPRISE tenants placed on the cluster, in their namespace, prune-protected', () => {
    const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
    const placed = new Set(model.tenants.map((t) => t.slug));
    const expected = tenants
      .filter((t) => t.targets.includes(target) && placed.has(t.slug) && ['PROFESSIONAL', 'ENTERPRISE'].includes(t.tier))
      .map((t) => t.slug)
      .sort();
    const buckets = ofKind(target, 'TenantBucket', 'platform.matih.ai');
    expect(buckets.map((b) => b.metadata.namespace!.replace(/^tenant-/, '')).sort()).toEqual(expected);
    for (const b of buckets) {
      expect(b.__file).toBe(`tenants/${tenantFile(model, b.metadata.namespace!.replace(/^tenant-/, ''))}.yaml`);
      expect(isPruneProtected(b.metadata)).toBe(true);
    }
  });

  test("every Crossplane object has a schema the gate validates: a vendored CRD, or for TenantBucket the target's own XRD", () => {
    const rendered = objects(target).filter(
      (o) => ['security/crossplane-providers.yaml', 'data/crossplane.yaml'].includes(o.__file) || o.kind === 'TenantBucket',
    );
    const model = shippedBuild().model.targets.find((t) => t.target.name === target)!;
    const registry = registryOf(buildContext(renderedTarget(target), model));
    expect(rendered.length).toBeGreaterThan(5);
    for (const o of rendered)
      expect({ kind: `${o.apiVersion} ${o.kind}`, schema: registry.has(o.apiVersion, o.kind) }).toEqual({
        kind: `${o.apiVersion} ${o.kind}`,
        schema: true,
      });
  });
});

describe.each(TARGET_NAMES)('PrometheusRules on %s', (target) => {
  let rules: Obj[];
  let alerts: any[];
  beforeAll(() => {
    rules = ofKind(target, 'PrometheusRule', 'monitoring.coreos.com').filter((r) => /^matih-.*-alerts$/.test(r.metadata.name));
    alerts = rules.flatMap((r) => r.spec.groups.flatMap((g: any) => g.rules.map((x: any) => ({ ...x, file: r.__file }))));
  });

  test('one rule per plane in matih-monitoring, selected by the monitoring release', () => {
    expect(rules.map((r) => r.__file).sort()).toEqual([
      'monitoring/control-plane.yaml',
      'monitoring/data-plane.yaml',
      'monitoring/platform.yaml',
    ]);
    for (const r of rules) {
      expect(r.metadata.namespace).toBe('matih-monitoring');
      expect(r.metadata.labels?.release).toBe('monitoring');
    }
  });

  test('crash loops in every plane, Kafka under-replication and certificate expiry are covered', () => {
    for (const plane of ['control-plane', 'data-plane', 'platform']) {
      expect(alerts.some((a) => a.file === `monitoring/${plane}.yaml` && a.expr.includes('kube_pod_container_status_restarts_total'))).toBe(
        true,
      );
    }
    expect(alerts.some((a) => a.expr.includes('kafka_server_replicamanager_underreplicatedpartitions') && a.expr.includes('> 0'))).toBe(
      true,
    );
    const expiry = alerts.find((a) => a.expr.includes('certmanager_certificate_expiration_timestamp_seconds'));
    expect(expiry?.expr).toMatch(/- time\(\) < 14 \* 86400/);
  });

  test('every alert has a severity, a summary and a runbook', () => {
    expect(alerts.length).toBeGreaterThan(0);
    for (const a of alerts) {
      expect(['critical', 'warning']).toContain(a.labels.severity);
      expect(a.annotations.summary).toBeTruthy();
      expect(a.annotations.runbook_url).toMatch(/^https:\/\//);
    }
    expect(new Set(alerts.map((a) => a.alert)).size).toBe(alerts.length);
  });
});
