/**
 * Where ../shared is present (CI, development): the committed imports/schemas/ are exactly what
 * `npm run import` derives from the vendored files, and the whole shipped output validates against
 * the raw Kubernetes 1.29 definitions too, with the same verdict as the compact copy.
 */
import * as fs from 'node:fs';
import * as jsYaml from 'js-yaml';
import * as path from 'node:path';
import { compactCrd, compactK8sDefinitions, type CrdSchemaFile } from '../../lib/gate/compact-schema';
import { crdDocuments } from '../../lib/gate/crd-files';
import { shippedSchemas } from '../../lib/gate/schemas';
import { SchemaRegistry } from '../../lib/gate/structural';
import { loadCrdSchemas, loadK8sSchema } from '../../lib/gate/schemas';
import { shippedBuild } from '../support/render';

const REPO = path.resolve(__dirname, '..', '..');
const SHARED = path.resolve(REPO, '..', 'shared');
const DEFINITIONS = path.join(SHARED, 'schemas', 'k8s-1.29-definitions.json');
const withShared = fs.existsSync(DEFINITIONS) ? describe : describe.skip;

function sharedCrds(): Map<string, CrdSchemaFile> {
  const found = new Map<string, CrdSchemaFile>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // Version-suffixed folders are alternates (strimzi-0.50.1), as in apps/import.ts.
      if (entry.isDirectory() && !/-\d+\.\d+\.\d+$/.test(entry.name)) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) {
        for (const doc of crdDocuments(fs.readFileSync(full, 'utf8'))) {
          const crd = compactCrd(doc);
          found.set(`${crd.group}/${crd.kind}`, crd);
        }
      }
    }
  };
  walk(path.join(SHARED, 'crds'));
  return found;
}

withShared('schemas derived from ../shared', () => {
  // Read in beforeAll: a skipped describe still runs its body, and ../shared is absent on users' machines.
  let raw: { definitions: Record<string, unknown> };
  beforeAll(() => {
    raw = JSON.parse(fs.readFileSync(DEFINITIONS, 'utf8')) as { definitions: Record<string, unknown> };
  });

  test('imports/schemas/k8s-1.29.json is the compaction of the vendored definitions', () => {
    expect(loadK8sSchema()).toEqual(compactK8sDefinitions(raw, 'kubernetes-schemas/v1.29.0/_definitions.json'));
  });

  test('every committed CRD schema is the compaction of its vendored CRD (or of a pinned upstream file ../shared lacks)', () => {
    const vendored = sharedCrds();
    const committed = loadCrdSchemas();
    expect(committed.length).toBeGreaterThanOrEqual(20);
    // cdk8s.yaml entries whose file ../shared does not hold were imported from their pinned release URL
    // (`npm run import -- <folder>`, README "Custom resources in use"); their URL names the group and plural.
    const pinned = (jsYaml.load(fs.readFileSync(path.join(REPO, 'cdk8s.yaml'), 'utf8')) as { imports: string[] }).imports.map(
      (entry) => entry.split(':=')[1],
    );
    const sharedFiles = new Set<string>();
    const list = (dir: string): void =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .forEach((e) => (e.isDirectory() ? list(path.join(dir, e.name)) : sharedFiles.add(e.name)));
    list(path.join(SHARED, 'crds'));
    const upstreamOnly = pinned.filter(
      (url) => ![...sharedFiles].some((f) => f === path.posix.basename(url) || f.endsWith(`.${path.posix.basename(url)}`)),
    );
    for (const crd of committed) {
      const key = `${crd.group}/${crd.kind}`;
      if (vendored.has(key)) {
        expect({ key, crd }).toEqual({ key, crd: vendored.get(key) });
        continue;
      }
      const source = upstreamOnly.find((url) => path.posix.basename(url).startsWith(`${crd.group}_`));
      expect({ key, source: source !== undefined }).toEqual({ key, source: true });
    }
  });

  test('the shipped output validates against the raw 1.29 definitions with the same verdict as the compact copy', () => {
    const rawRegistry = new SchemaRegistry(raw, loadCrdSchemas());
    const compact = shippedSchemas();
    let builtIn = 0;
    for (const rendered of shippedBuild().rendered) {
      for (const objects of rendered.files.values()) {
        for (const object of objects) {
          const verdict = rawRegistry.validate(object);
          expect({ object: `${rendered.target} ${object.kind} ${object.metadata.name}`, verdict }).toEqual({
            object: `${rendered.target} ${object.kind} ${object.metadata.name}`,
            verdict: compact.validate(object),
          });
          if (verdict && !object.apiVersion.includes('.')) builtIn++;
          if (verdict) expect(verdict).toEqual([]);
        }
      }
    }
    expect(builtIn).toBeGreaterThan(500);
  });

  test('raw and compact definitions reject the same mistake the same way', () => {
    const bad = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x' },
      spec: {
        replicass: 1,
        selector: {},
        template: { spec: { containers: [{ name: 'c', image: 'i', ports: [{ containerPort: 'http' }] }] } },
      },
    };
    const expected = [
      'spec.replicass: unknown field (did you mean "replicas"?)',
      'spec.template.spec.containers[0].ports[0].containerPort: expected integer, found string "http"',
    ];
    expect(new SchemaRegistry(raw, []).validate(bad)).toEqual(expected);
    expect(shippedSchemas().validate(bad)).toEqual(expected);
  });
});
