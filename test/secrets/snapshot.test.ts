import { allObjects, renderedTarget } from '../support/render';

const MINE = /^(security\/(secret-store|cluster-issuers|kafka-credentials)|secrets\/|data\/kafka-credentials)/;
const OWN_KINDS = new Set(['ExternalSecret', 'SecretStore', 'ClusterSecretStore', 'Certificate', 'ClusterIssuer']);

function inventory(target: string): string[] {
  return allObjects(renderedTarget(target))
    .filter(
      (o) =>
        MINE.test(o.__file) ||
        (o.__file.startsWith('tenants/') && (OWN_KINDS.has(o.kind) || /^(tenant-secrets|dev-secrets-.*)$/.test(o.metadata.name))),
    )
    .map((o) => `${o.__file} ${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`)
    .sort();
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
