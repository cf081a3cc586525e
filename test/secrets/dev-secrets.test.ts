/** The dev secret store's contents (lib/render/dev-secrets.ts) on small synthetic inputs; test/cli/dev-secrets.test.ts runs the command. */
import { KAFKA_CREDENTIALS_STORE, SECRET_STORE_NAME } from '../../constructs/k8s/secrets';
import { generateValue, referencedEntries } from '../../lib/render/dev-secrets';

describe('dev secrets', () => {
  it('generates values of the declared strength', () => {
    expect(generateValue('hex32', 'x')).toMatch(/^[0-9a-f]{64}$/);
    expect(generateValue('password', 'x')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(Buffer.from(generateValue('placeholder', 'x'), 'base64url')).toHaveLength(32);
    expect(generateValue('username', 'ai-service-db-credentials')).toBe('ai_service_db_credentials');
  });

  it('rejects ExternalSecrets the dev store cannot serve', () => {
    const es = (spec: object, store = SECRET_STORE_NAME) => ({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'x', namespace: 'n' },
      spec: { secretStoreRef: { kind: 'ClusterSecretStore', name: store }, ...spec },
    });
    expect(() => referencedEntries([es({ data: [{ secretKey: 'k', remoteRef: { key: 'platform--x' } }] })])).toThrow('has no property');
    expect(() => referencedEntries([es({ dataFrom: [{ extract: { key: 'platform--x' } }] })])).toThrow('dataFrom is not supported');
  });

  it('leaves Secrets of the Kafka credentials store to Strimzi', () => {
    const es = (store: string, key: string) => ({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: key, namespace: 'n' },
      spec: { secretStoreRef: { kind: 'ClusterSecretStore', name: store }, data: [{ secretKey: 'k', remoteRef: { key, property: 'k' } }] },
    });
    expect([...referencedEntries([es(KAFKA_CREDENTIALS_STORE, 'audit-service'), es(SECRET_STORE_NAME, 'platform--x')]).keys()]).toEqual([
      'platform--x',
    ]);
  });
});
