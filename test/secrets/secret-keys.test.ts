import {
  checkSecretKey,
  checkSecretName,
  parseRemoteKey,
  platformRemoteKey,
  TENANT_SECRETS,
  tenantRemoteKey,
  tenantRemotePrefix,
} from '../../lib/model/secret-keys';
import { SECRETS } from '../../config/secrets';
import { parseTenants } from '../../lib/model/tenants';

// Azure Key Vault secret names: 1-127 of [0-9a-zA-Z-]; GCP Secret Manager ids: [A-Za-z0-9_-]; Kubernetes Secret names: DNS-1123 subdomain.
const AZURE_KV = /^[0-9a-zA-Z-]{1,127}$/;
const GCP_SM = /^[A-Za-z0-9_-]{1,255}$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

describe('remote-key scheme', () => {
  it('names platform entries platform--<secret> and tenant entries tenant--<slug>--<secret>', () => {
    expect(platformRemoteKey('matih-db-credentials')).toBe('platform--matih-db-credentials');
    expect(tenantRemoteKey('acme', 'tenant-credentials')).toBe('tenant--acme--tenant-credentials');
  });

  it('gives every catalog secret an entry valid on all three vaults and as a dev Secret name', () => {
    const entries = [
      ...SECRETS.filter((s) => s.producer === 'external-secret').map((s) => platformRemoteKey(s.name)),
      ...TENANT_SECRETS.map((s) => tenantRemoteKey('a-forty-character-tenant-slug-is-allowed', s.name)),
    ];
    for (const entry of entries) {
      expect(entry).toMatch(AZURE_KV);
      expect(entry).toMatch(GCP_SM);
      expect(entry).toMatch(DNS_SUBDOMAIN);
    }
  });

  it('parses back what it formats, and rejects anything else', () => {
    expect(parseRemoteKey(platformRemoteKey('qdrant-credentials'))).toEqual({ scope: 'platform', secret: 'qdrant-credentials' });
    expect(parseRemoteKey(tenantRemoteKey('acme-corp', 'tenant-credentials'))).toEqual({
      scope: 'tenant',
      slug: 'acme-corp',
      secret: 'tenant-credentials',
    });
    for (const bad of ['matih-db-credentials', 'platform--a--b', 'tenant--acme', 'tenants--acme--x', 'platform--Bad']) {
      expect(() => parseRemoteKey(bad)).toThrow(/is not a vault entry/);
    }
  });

  it('keeps a tenant prefix from matching a tenant whose slug extends it (acme vs acme-corp)', () => {
    const slugs = ['acme', 'acme-corp', 'acme-c', 'a', 'ac'];
    for (const a of slugs) {
      for (const b of slugs) {
        if (a === b) continue;
        for (const s of TENANT_SECRETS) expect(tenantRemoteKey(b, s.name).startsWith(tenantRemotePrefix(a))).toBe(false);
      }
    }
    expect(platformRemoteKey('acme').startsWith(tenantRemotePrefix('acme'))).toBe(false);
  });

  it('rejects names that would break the separator or the vault character sets', () => {
    expect(() => checkSecretName('a--b')).toThrow('must not contain "--"');
    expect(() => checkSecretName('Bad_Name')).toThrow('DNS-1123 label');
    expect(() => tenantRemotePrefix('acme--corp')).toThrow('without "--"');
    expect(() => checkSecretKey('s', 'has space')).toThrow('key "has space" of secret "s"');
    expect(() => tenantRemoteKey('acme', `x${'y'.repeat(62)}`)).not.toThrow();
    expect(() => platformRemoteKey('x'.repeat(64))).toThrow('at most 63 characters');
  });

  it('is guaranteed by tenant validation: a slug with "--" never loads', () => {
    const text = 'tenants:\n  - slug: acme--corp\n    tier: FREE\n    targets: [dev-azure]\n';
    expect(() => parseTenants(text, 'tenants.yaml', ['dev-azure'])).toThrow('must not contain "--"');
  });

  it('declares tenant secrets whose keys all have a generator shape', () => {
    for (const s of TENANT_SECRETS) {
      checkSecretName(s.name);
      expect(Object.keys(s.generate).sort()).toEqual([...s.keys].sort());
    }
  });
});
