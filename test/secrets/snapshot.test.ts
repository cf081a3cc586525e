import { tenantFile } from '../../constructs/k8s/core/names';
import { allObjects, renderedTarget, shippedBuild } from '../support/render';

const MINE = /^(security\/(secret-store|cluster-issuers|kafka-credentials)|secrets\/|data\/kafka-credentials)/;
const OWN_KINDS = new Set(['ExternalSecret', 'SecretStore', 'ClusterSecretStore', 'Certificate', 'ClusterIssuer']);

const row = (o: { __file: string; kind: string; metadata: { name: string; namespace?: string } }) =>
  `${o.__file} ${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/** The platform's secrets objects: tenants' own are left out, so adding a tenant changes no snapshot (see tenantRows). */
function inventory(target: string): string[] {
  return allObjects(renderedTarget(target))
    .filter((o) => MINE.test(o.__file))
    .map(row)
    .sort();
}

/** The secrets objects of tenants' files, by tenant file. */
function tenantRows(target: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const o of allObjects(renderedTarget(target))) {
    if (!o.__file.startsWith('tenants/') || !(OWN_KINDS.has(o.kind) || /^(tenant-secrets|dev-secrets-.*)$/.test(o.metadata.name))) continue;
    byFile.set(o.__file, [...(byFile.get(o.__file) ?? []), row(o)]);
  }
  return byFile;
}

function find(target: string, kind: string, name: string, namespace?: string) {
  const { __file, ...object } = allObjects(renderedTarget(target)).find(
    (o) => o.kind === kind && o.metadata.name === name && (namespace === undefined || o.metadata.namespace === namespace),
  )!;
  return object;
}

describe('secrets feature output', () => {
  it.each(['dev-azure', 'prod-aws'])('%s: names and kinds', (target) => {
    expect(inventory(target)).toMatchSnapshot();
  });

  it('dev-azure: every tenant of the model has the same secrets objects, in its own file', () => {
    const model = shippedBuild().model.targets.find((t) => t.target.name === 'dev-azure')!;
    const byFile = tenantRows('dev-azure');
    expect([...byFile.keys()].sort()).toEqual(model.tenants.map((t) => `tenants/${tenantFile(model, t.slug)}.yaml`).sort());
    expect(model.tenants.length).toBeGreaterThan(0);
    // One tenant's objects with its file and namespace written as <file> and tenant-<slug>: the same for every tenant.
    const shapes = model.tenants.map((t) => {
      const file = `tenants/${tenantFile(model, t.slug)}.yaml`;
      return byFile
        .get(file)!
        .map((r) => r.replace(file, '<file>').replaceAll(`tenant-${t.slug}`, 'tenant-<slug>'))
        .sort();
    });
    for (const shape of shapes) expect(shape).toEqual(shapes[0]);
    expect(shapes[0]).toMatchSnapshot();
  });

  it('representative objects', () => {
    expect(find('prod-aws', 'ClusterSecretStore', 'matih-secret-store')).toMatchSnapshot('prod-aws store');
    expect(find('prod-gcp', 'ClusterIssuer', 'letsencrypt-prod-dns01')).toMatchSnapshot('prod-gcp prod issuer');
    expect(find('dev-azure', 'ClusterSecretStore', 'matih-secret-store')).toMatchSnapshot('dev-azure store');
    expect(find('dev-azure', 'SecretStore', 'matih-tenant-secret-store', 'tenant-acme')).toMatchSnapshot('dev-azure tenant store');
    expect(find('prod-azure', 'ExternalSecret', 'platform-jwt-secret', 'matih-control-plane')).toMatchSnapshot(
      'prod-azure jwt ExternalSecret',
    );
    expect(find('staging-azure', 'Certificate', 'tenant-acme-tls')).toMatchSnapshot('staging-azure tenant certificate');
    expect(find('prod-gcp', 'ClusterSecretStore', 'matih-kafka-credentials')).toMatchSnapshot('prod-gcp kafka credentials store');
    expect(find('prod-gcp', 'ExternalSecret', 'kafka-user-tenant-service', 'matih-control-plane')).toMatchSnapshot(
      'prod-gcp kafka user copy',
    );
  });
});
