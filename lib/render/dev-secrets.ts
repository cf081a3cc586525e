/**
 * The dev secret store's contents (`npm run dev-secrets`): the vault entries a target's rendered
 * ExternalSecrets read from the dev-filled stores, and a strong random value for each property in
 * the shape config/secrets.ts declares, as Kubernetes Secrets in the dev store's namespace.
 */
import { randomBytes } from 'node:crypto';
import * as yaml from 'js-yaml';
import { type GenerateShape, parseRemoteKey, TENANT_SECRETS } from '../model/secret-keys';
import { SECRETS } from '../../config/secrets';
import type { K8sObject } from '../k8s/object';
import { POSTGRES_OWNER } from '../../constructs/k8s/operators/cloudnative-pg';
import { DEV_SECRETS_NAMESPACE } from '../../constructs/k8s/secrets/providers';
import { SECRET_STORE_NAME, TENANT_SECRET_STORE_NAME } from '../../constructs/k8s/secrets/store';

const MANAGED_BY_LABEL = { 'app.kubernetes.io/managed-by': 'matih-dev-secrets' } as const;

/** Stores the dev source fills; others (the Kafka credentials store) read Secrets operators create. */
const DEV_FILLED_STORES: ReadonlySet<string> = new Set([SECRET_STORE_NAME, TENANT_SECRET_STORE_NAME]);

/** Vault entry -> the properties (Secret keys) the ExternalSecrets of the vault stores read from it, sorted. */
export function referencedEntries(objects: Iterable<K8sObject>): Map<string, string[]> {
  const entries = new Map<string, Set<string>>();
  for (const o of objects) {
    if (o.kind !== 'ExternalSecret' || !o.apiVersion.startsWith('external-secrets.io/')) continue;
    const spec = (o.spec ?? {}) as {
      secretStoreRef?: { name?: string };
      data?: Array<{ remoteRef: { key: string; property?: string } }>;
      dataFrom?: unknown[];
    };
    if (!DEV_FILLED_STORES.has(spec.secretStoreRef?.name ?? '')) continue;
    const where = `ExternalSecret ${o.metadata.namespace}/${o.metadata.name}`;
    if (spec.dataFrom?.length) throw new Error(`${where}: dataFrom is not supported by dev-secrets (use data entries)`);
    for (const { remoteRef } of spec.data ?? []) {
      if (!remoteRef.property) throw new Error(`${where}: remoteRef ${remoteRef.key} has no property; the dev store needs one`);
      const set = entries.get(remoteRef.key) ?? new Set<string>();
      set.add(remoteRef.property);
      entries.set(remoteRef.key, set);
    }
  }
  return new Map([...entries].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]));
}

/** The generator shape of one property of one entry, from config/secrets.ts or the tenant secrets. */
function shapeOf(entry: string, property: string): GenerateShape {
  const parsed = parseRemoteKey(entry);
  const spec =
    parsed.scope === 'platform' ? SECRETS.find((s) => s.name === parsed.secret) : TENANT_SECRETS.find((s) => s.name === parsed.secret);
  if (!spec)
    throw new Error(
      `vault entry ${entry}: secret "${parsed.secret}" is not declared in ${parsed.scope === 'platform' ? 'config/secrets.ts' : 'lib/model/secret-keys.ts TENANT_SECRETS'}`,
    );
  if (!spec.keys.includes(property)) throw new Error(`vault entry ${entry}: secret "${parsed.secret}" has no key "${property}"`);
  return spec.generate?.[property] ?? 'password';
}

type RandomSource = (bytes: number) => Buffer;

/** A value of the given shape; `label` names usernames (they are identifiers, not secrets). */
export function generateValue(shape: GenerateShape, label: string, random: RandomSource = randomBytes): string {
  switch (shape) {
    case 'password':
      return random(24).toString('base64url');
    case 'hex32':
      return random(32).toString('hex');
    case 'base64-64':
      return random(64).toString('base64');
    case 'username':
      return label.replace(/[^a-z0-9]+/gi, '_').toLowerCase();
    case 'placeholder':
      // 32 random bytes as padded url-safe base64: opaque, and also a valid Fernet key.
      return `${random(32).toString('base64url')}=`;
  }
}

/** Formats the catalog's shapes cannot express; keyed `<secret>/<key>`. */
const FORMATS: Readonly<Record<string, (random: RandomSource) => string>> = {
  // The login that owns every PostgreSQL database.
  [`${POSTGRES_OWNER.secret}/username`]: () => POSTGRES_OWNER.name,
  'neo4j-auth/NEO4J_AUTH': (random) => `neo4j/${generateValue('password', '', random)}`,
};

interface DevSecret {
  readonly name: string;
  readonly namespace: string;
  readonly data: Readonly<Record<string, string>>;
}

/** One Secret per vault entry, with a fresh value for each property. */
export function generateDevSecrets(entries: ReadonlyMap<string, readonly string[]>, random: RandomSource = randomBytes): DevSecret[] {
  return [...entries].map(([entry, properties]) => {
    const secret = parseRemoteKey(entry).secret;
    const data: Record<string, string> = {};
    for (const property of properties) {
      const format = FORMATS[`${secret}/${property}`];
      data[property] = format
        ? format(random)
        : generateValue(shapeOf(entry, property), `${secret}-${property}`.replace(/-(username|user|client-id|access-key)$/, ''), random);
    }
    return { name: entry, namespace: DEV_SECRETS_NAMESPACE, data };
  });
}

export function toSecretYaml(target: string, secrets: readonly DevSecret[]): string {
  const header = `# Dev secrets of ${target}, generated by \`npm run dev-secrets\`. Never commit this output.\n`;
  const docs = secrets.map((s) =>
    yaml.dump(
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: s.name, namespace: s.namespace, labels: { ...MANAGED_BY_LABEL } },
        type: 'Opaque',
        stringData: s.data,
      },
      { lineWidth: -1, noRefs: true, quotingType: '"' },
    ),
  );
  return header + docs.join('---\n');
}
