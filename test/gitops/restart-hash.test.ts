/**
 * The JupyterHub restart hash (`restartOnValuesChange`) is taken of the values the Application deploys: an override
 * in `overrides/<env>.yaml` changes it, so the hub restarts with its new configuration.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing } from 'cdk8s';
import type { ChartComponent } from '../../config/types';
import { HelmApplication } from '../../constructs/k8s/gitops/helm-application';
import { VALUES_HASH_ANNOTATION, withValuesHash } from '../../constructs/k8s/gitops/restart-hash';
import { chartValues } from '../../constructs/k8s/gitops/target-values';
import { loadPlatform } from '../../lib/model/load';

const REPO = path.resolve(__dirname, '..', '..');

const DEV_OVERRIDES = `
components:
  jupyterhub:
    values:
      hub:
        config:
          JupyterHub: { admin_access: false }
`;

type Json = Record<string, any>;

/** The jupyterhub Application's valuesObject on dev-azure, loaded from `dataDir`. */
function hubValues(dataDir: string): Json {
  const [model] = loadPlatform({ dataDir, targets: ['dev-azure'] }).targets;
  const chart = model.components.jupyterhub as ChartComponent;
  const app = new HelmApplication(Testing.chart(), 'app', {
    name: 'jupyterhub',
    chart,
    project: 'matih',
    values: chartValues('jupyterhub', chart, model),
  });
  return (app.apiObject.toJson() as Json).spec.source.helm.valuesObject;
}

function withoutHash(values: Json): Json {
  const { [VALUES_HASH_ANNOTATION]: hash, ...annotations } = values.hub.annotations;
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  return { ...values, hub: { ...values.hub, annotations } };
}

describe('restartOnValuesChange (JupyterHub hub)', () => {
  let dataDir: string;
  let shipped: Json;
  let overridden: Json;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-restart-hash-'));
    fs.copyFileSync(path.join(REPO, 'config', 'tenants.yaml'), path.join(dataDir, 'tenants.yaml'));
    fs.mkdirSync(path.join(dataDir, 'overrides'));
    fs.writeFileSync(path.join(dataDir, 'overrides', 'dev.yaml'), DEV_OVERRIDES);
    shipped = hubValues(path.join(REPO, 'config'));
    overridden = hubValues(dataDir);
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('an override in overrides/dev.yaml reaches the values and changes the hub pods annotation', () => {
    expect(overridden.hub.config.JupyterHub.admin_access).toBe(false);
    expect(shipped.hub.config.JupyterHub.admin_access).toBeUndefined();
    expect(overridden.hub.annotations[VALUES_HASH_ANNOTATION]).not.toBe(shipped.hub.annotations[VALUES_HASH_ANNOTATION]);
  });

  test('the annotation is the hash of exactly the deployed values (keys sorted, as dist/ writes them), without itself', () => {
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([, x]) => x !== undefined)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, x]) => [k, sorted(x)]),
            )
          : v;
    for (const values of [shipped, overridden]) {
      const rest = withoutHash(values);
      // The catalog sets no other hub annotation: the hashed values had no hub.annotations at all.
      expect(rest.hub.annotations).toEqual({});
      delete rest.hub.annotations;
      const expected = createHash('sha256')
        .update(JSON.stringify(sorted(rest)))
        .digest('hex');
      expect(values.hub.annotations[VALUES_HASH_ANNOTATION]).toBe(expected);
    }
  });
});

describe('withValuesHash', () => {
  test('keeps the annotations already at the path and leaves the input untouched', () => {
    const values = { hub: { annotations: { team: 'ml' }, image: 'x' } };
    const out = withValuesHash('hub', values, 'hub.annotations') as Json;
    expect(out.hub).toEqual({ annotations: { team: 'ml', [VALUES_HASH_ANNOTATION]: expect.stringMatching(/^[0-9a-f]{64}$/) }, image: 'x' });
    expect(values.hub.annotations).toEqual({ team: 'ml' });
  });

  test('a value anywhere changes the hash, the order of keys does not', () => {
    const hash = (v: Json): string => (withValuesHash('c', v, 'pod.annotations') as Json).pod.annotations[VALUES_HASH_ANNOTATION];
    expect(hash({ a: { b: 1 } })).not.toBe(hash({ a: { b: 2 } }));
    expect(hash({ a: { b: 1 }, c: [2, 1] })).toBe(hash({ c: [2, 1], a: { b: 1 } }));
    expect(hash({ c: [1, 2] })).not.toBe(hash({ c: [2, 1] }));
  });

  test.each([
    ['hub.image', 'values.hub.image is "x", not an object'],
    ['hub..annotations', 'must be a dot-separated values path'],
  ])('refuses path %j', (at, message) => {
    expect(() => withValuesHash('jupyterhub', { hub: { image: 'x' } }, at)).toThrow(
      `chart component "jupyterhub": restartOnValuesChange "${at}"${message.startsWith('values') ? ': ' : ' '}${message}`,
    );
  });
});
