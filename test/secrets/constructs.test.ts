import { Chart, Testing } from 'cdk8s';
import type { ResolvedIdentity } from '../../config/types';
import { AcmeIssuers, TlsCertificate } from '../../constructs/k8s/certificates';
import { MatihExternalSecret, PlatformSecretStore } from '../../constructs/k8s/secrets';
import { targetByName } from '../../lib/model/targets';

const billing = { costCenter: 'CC-T', application: 'test', team: 'test' };
const certManager: ResolvedIdentity = { namespace: 'matih-system', serviceAccount: 'cert-manager', annotations: {}, podLabels: {} };
const chart = (): Chart => Testing.chart();

const esProps = {
  namespace: 'matih-control-plane',
  secret: 'db',
  keys: ['username', 'password'],
  remoteKey: 'platform--db',
  store: { kind: 'ClusterSecretStore', name: 'matih-secret-store' } as const,
  refreshInterval: '1h',
  labels: {},
};

describe('MatihExternalSecret', () => {
  it('reads each key as a property of one vault entry', () => {
    const c = chart();
    new MatihExternalSecret(c, 'es', esProps);
    const [es] = Testing.synth(c);
    expect(es.spec.data).toEqual([
      { secretKey: 'username', remoteRef: { key: 'platform--db', property: 'username' } },
      { secretKey: 'password', remoteRef: { key: 'platform--db', property: 'password' } },
    ]);
    expect(es.spec.target).toEqual({ name: 'db', creationPolicy: 'Owner', deletionPolicy: 'Delete' });
    expect(es.metadata.annotations).toBeUndefined();
  });

  it('keeps a retained Secret when the vault entry or the ExternalSecret goes away', () => {
    const c = chart();
    new MatihExternalSecret(c, 'es', { ...esProps, retainOnDelete: true });
    const [es] = Testing.synth(c);
    expect(es.spec.target.deletionPolicy).toBe('Retain');
    expect(es.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' });
  });

  it.each([
    [{ refreshInterval: '1 hour' }, 'refreshInterval "1 hour" is not a Go duration'],
    [{ keys: [] }, 'keys must not be empty'],
    [{ keys: ['a', 'a'] }, 'key "a" is listed twice'],
    [{ keys: ['bad key'] }, 'key "bad key" of secret "db"'],
    [{ secret: 'a--b' }, 'must not contain "--"'],
  ])('rejects %j', (override, message) => {
    expect(() => new MatihExternalSecret(chart(), 'es', { ...esProps, ...override })).toThrow(message);
  });
});

describe('PlatformSecretStore', () => {
  const props = {
    target: targetByName('prod-azure'),
    esoServiceAccount: { name: 'external-secrets', namespace: 'matih-system' },
    namespaces: ['matih-system'],
    devKeys: ['platform--b', 'platform--a'],
    billing,
  };

  it('renders only the ClusterSecretStore for a cloud vault', () => {
    const c = chart();
    new PlatformSecretStore(c, 's', { ...props, source: 'cloud-vault' });
    expect(Testing.synth(c).map((o) => o.kind)).toEqual(['ClusterSecretStore']);
  });

  it('gives the dev store its own ServiceAccount that may only get the named Secrets in matih-system', () => {
    const c = chart();
    new PlatformSecretStore(c, 's', { ...props, source: 'dev-generated' });
    const objects = Testing.synth(c);
    expect(objects.map((o) => o.kind)).toEqual(['ServiceAccount', 'Role', 'RoleBinding', 'ClusterSecretStore']);
    const role = objects.find((o) => o.kind === 'Role');
    expect(role.metadata.namespace).toBe('matih-system');
    expect(role.rules).toEqual([
      { apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['platform--a', 'platform--b'] },
    ]);
    const binding = objects.find((o) => o.kind === 'RoleBinding');
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'matih-dev-secret-reader', namespace: 'matih-system' }]);
    const store = objects.find((o) => o.kind === 'ClusterSecretStore');
    expect(store.spec.provider.kubernetes.auth.serviceAccount).toEqual({ name: 'matih-dev-secret-reader', namespace: 'matih-system' });
  });

  it('refuses a store no namespace may use, and a dev store with nothing to read', () => {
    expect(() => new PlatformSecretStore(chart(), 's', { ...props, source: 'cloud-vault', namespaces: [] })).toThrow(
      'no namespace may use the store',
    );
    const c = chart();
    new PlatformSecretStore(c, 's', { ...props, source: 'dev-generated', devKeys: () => [] });
    expect(() => Testing.synth(c)).toThrow('Role matih-system/matih-dev-secret-reader: needs at least one secret name to read');
  });
});

describe('TlsCertificate', () => {
  const certProps = {
    namespace: 'ns',
    secretName: 'x-tls',
    dnsNames: ['a.example.com', '*.a.example.com'],
    issuer: 'letsencrypt-prod-dns01',
    labels: {},
  };

  it('uses a rotated ECDSA P-256 key and renews 30 days before a 90-day expiry', () => {
    const c = chart();
    new TlsCertificate(c, 'c', certProps);
    const [cert] = Testing.synth(c);
    expect(cert.spec).toMatchObject({
      secretName: 'x-tls',
      duration: '2160h',
      renewBefore: '720h',
      privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
      issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'letsencrypt-prod-dns01' },
    });
  });

  it.each([
    [{ dnsNames: [] }, 'dnsNames must not be empty'],
    [{ dnsNames: ['not a host'] }, '"not a host" is not a DNS name'],
    [{ renewBefore: '2160h' }, 'renewBefore 2160h must be shorter than duration 2160h'],
    [{ duration: '90d' }, 'must be whole hours'],
  ])('rejects %j', (override, message) => {
    expect(() => new TlsCertificate(chart(), 'c', { ...certProps, ...override })).toThrow(message);
  });
});

describe('AcmeIssuers', () => {
  it('pins the Azure workload-identity client id only when config knows a real one', () => {
    const azure = targetByName('prod-azure');
    const withId = { ...certManager, annotations: { 'azure.workload.identity/client-id': '11111111-2222-3333-4444-555555555555' } };
    const c = chart();
    new AcmeIssuers(c, 'i', { target: azure, certManager: withId, billing });
    const [staging] = Testing.synth(c);
    expect(staging.spec.acme.solvers[0].dns01.azureDNS).toEqual({
      subscriptionID: '00000000-0000-0000-0000-00000000f001',
      resourceGroupName: 'rg-matih-prod',
      hostedZoneName: 'matih.ai',
      environment: 'AzurePublicCloud',
      managedIdentity: { clientID: '11111111-2222-3333-4444-555555555555' },
    });
    const c2 = chart();
    new AcmeIssuers(c2, 'i', { target: azure, certManager, billing });
    expect(Testing.synth(c2)[0].spec.acme.solvers[0].dns01.azureDNS.managedIdentity).toBeUndefined();
  });

  it('rejects an ACME e-mail that is not an address', () => {
    const target = { ...targetByName('prod-gcp'), acmeEmail: 'platform' };
    expect(() => new AcmeIssuers(chart(), 'i', { target, certManager, billing })).toThrow('acmeEmail "platform" is not an e-mail address');
  });
});
