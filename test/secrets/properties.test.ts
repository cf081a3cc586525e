import { chartSecretNames } from '../../lib/model/chart-secrets';
import { vaultLocation } from '../../lib/clouds';
import { parseRemoteKey, platformRemoteKey, TENANT_SECRETS, tenantRemotePrefix } from '../../lib/model/secret-keys';
import { SECRETS } from '../../config/secrets';
import { PLATFORM_NAMESPACES } from '../../config/types';
import { SECRET_LIKE_ENV } from '../../lib/model/validate';
import { tenantFile } from '../../constructs/k8s/core/names';
import type { K8sObject } from '../../lib/k8s/object';
import {
  KAFKA_CREDENTIALS_STORE,
  podSpecs,
  SECRET_STORE_NAME,
  TENANT_SECRET_STORE_NAME,
  unresolvedReferences,
} from '../../constructs/k8s/secrets';
import { allObjects, renderedTarget, shippedBuild, TARGET_NAMES } from '../support/render';

type Obj = K8sObject & { __file: string; spec?: any };

const objectsOf = (target: string): Obj[] => allObjects(renderedTarget(target)) as Obj[];
const modelOf = (target: string) => shippedBuild().model.targets.find((t) => t.target.name === target)!;
const ofKind = (objects: Obj[], kind: string) => objects.filter((o) => o.kind === kind);
const at = (o: K8sObject) => `${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`;

const EXPECTED_STORE: Record<(typeof TARGET_NAMES)[number], string> = {
  'dev-azure': 'kubernetes',
  'staging-azure': 'azurekv',
  'prod-azure': 'azurekv',
  'prod-aws': 'aws',
  'prod-gcp': 'gcpsm',
};

describe.each(TARGET_NAMES)('%s', (target) => {
  const objects = objectsOf(target);
  const model = modelOf(target);
  const externalSecrets = ofKind(objects, 'ExternalSecret');
  // Copies of Strimzi's Kafka Secrets read the cluster, not the vault (kafka-credentials.test.ts).
  // Member clusters' Argo CD cluster Secrets (fleet/) read a fleet entry, not a catalog Secret: test/gitops/fleet.test.ts.
  const vaultSecrets = externalSecrets.filter(
    (e) => e.spec.secretStoreRef.name !== KAFKA_CREDENTIALS_STORE && !e.__file.startsWith('fleet/'),
  );

  it('renders no Secret carrying data', () => {
    const withData = objects.filter((o) => o.kind === 'Secret' && ((o as any).data || (o as any).stringData));
    expect(withData.map(at)).toEqual([]);
  });

  it('gives secret-like env vars their value only through secretKeyRef', () => {
    const literal: string[] = [];
    for (const o of objects) {
      for (const { spec, path } of podSpecs(o)) {
        for (const c of [...((spec.initContainers as any[]) ?? []), ...(spec.containers as any[])]) {
          for (const e of c.env ?? []) {
            if (SECRET_LIKE_ENV.test(e.name) && !e.valueFrom?.secretKeyRef) literal.push(`${at(o)} ${path} ${c.name} ${e.name}`);
          }
        }
      }
    }
    expect(literal).toEqual([]);
  });

  it('resolves every Secret a pod references to a producer in its namespace', () => {
    expect(unresolvedReferences(objects).map((r) => `${r.from} (${r.namespace}) ${r.kind} ${r.secret}`)).toEqual([]);
  });

  it('produces every existing-secret a chart is configured with, in the chart namespace', () => {
    const produced = new Set(externalSecrets.map((e) => `${e.metadata.namespace}/${e.spec.target.name}`));
    const missing = Object.entries(model.components).flatMap(([name, c]) =>
      c.kind === 'chart'
        ? chartSecretNames(c)
            .filter((s) => !produced.has(`${c.namespace}/${s}`))
            .map((s) => `${name}: ${c.namespace}/${s}`)
        : [],
    );
    expect(missing).toEqual([]);
  });

  it('renders exactly the platform ExternalSecrets that components consume', () => {
    const catalog = new Map(SECRETS.map((s) => [s.name, s]));
    const expected = new Set<string>();
    for (const c of Object.values(model.components)) {
      const names = c.kind === 'service' ? c.secrets.map((s) => s.secret) : c.kind === 'chart' ? chartSecretNames(c) : (c.secrets ?? []);
      for (const n of names) if (catalog.get(n)?.producer === 'external-secret') expected.add(`${c.namespace}/${n}`);
    }
    const platform = externalSecrets.filter((e) => e.__file.startsWith('secrets/'));
    expect(platform.map((e) => `${e.metadata.namespace}/${e.metadata.name}`).sort()).toEqual([...expected].sort());
    for (const e of platform) expect(e.__file).toBe(`secrets/${e.metadata.namespace}.yaml`);
  });

  it('configures every vault ExternalSecret for ESO v1: owner, refresh, one vault entry of the catalog', () => {
    for (const e of vaultSecrets) {
      expect(e.apiVersion).toBe('external-secrets.io/v1');
      expect(e.spec.refreshInterval).toBe(model.settings.secretRefreshInterval);
      expect(e.spec.target.creationPolicy).toBe('Owner');
      if (!e.spec.data) {
        // Built from its template alone (values that are no secret, such as Elasticsearch's keystore entries).
        expect([at(e), Object.keys(e.spec.target.template?.data ?? {}).length > 0]).toEqual([at(e), true]);
        continue;
      }
      const entries = new Set<string>(e.spec.data.map((d: any) => d.remoteRef.key));
      expect([at(e), entries.size]).toEqual([at(e), 1]);
      const parsed = parseRemoteKey([...entries][0]);
      const spec =
        parsed.scope === 'platform'
          ? SECRETS.find((s) => s.name === parsed.secret)!
          : TENANT_SECRETS.find((s) => s.name === parsed.secret)!;
      for (const d of e.spec.data) {
        expect(d.remoteRef.property).toBe(d.secretKey);
        expect(spec.keys).toContain(d.secretKey);
      }
      if (!e.__file.startsWith('secrets/') && !e.__file.startsWith('tenants/')) continue;
      // The secrets feature's own ExternalSecrets: named after the catalog Secret, all its keys, its retention.
      expect(e.metadata.name).toBe(parsed.secret);
      expect(e.spec.data.map((d: any) => d.secretKey)).toEqual(spec.keys);
      const retain = 'retainOnDelete' in spec && spec.retainOnDelete;
      expect([at(e), e.spec.target.deletionPolicy]).toEqual([at(e), retain ? 'Retain' : 'Delete']);
      expect([at(e), e.metadata.annotations?.['argocd.argoproj.io/sync-options']]).toEqual([
        at(e),
        retain ? 'Prune=false,Delete=false' : undefined,
      ]);
    }
  });

  it("uses one vault ClusterSecretStore whose provider follows the target's secrets source and cloud", () => {
    const stores = ofKind(objects, 'ClusterSecretStore');
    expect(stores.map((s) => s.metadata.name).sort()).toEqual([KAFKA_CREDENTIALS_STORE, SECRET_STORE_NAME]);
    const store = stores.find((s) => s.metadata.name === SECRET_STORE_NAME)!;
    expect(store.__file).toBe('security/secret-store.yaml');
    expect(Object.keys(store.spec.provider)).toEqual([EXPECTED_STORE[target]]);
    const provider = store.spec.provider[EXPECTED_STORE[target]];
    const eso = model.identities['external-secrets'];
    const location = vaultLocation(model.target);
    switch (EXPECTED_STORE[target]) {
      case 'azurekv':
        expect(provider).toMatchObject({
          authType: 'WorkloadIdentity',
          serviceAccountRef: { name: eso.serviceAccount, namespace: eso.namespace },
        });
        expect(provider.vaultUrl).toBe(`https://${(model.target.provider as { keyVaultName: string }).keyVaultName}.vault.azure.net/`);
        break;
      case 'aws':
        expect(provider).toMatchObject({
          service: 'SecretsManager',
          auth: { jwt: { serviceAccountRef: { name: eso.serviceAccount, namespace: eso.namespace } } },
        });
        expect(provider.prefix).toBe(location.cloud === 'aws' && location.prefix);
        break;
      case 'gcpsm':
        expect(provider.projectID).toBe(location.cloud === 'gcp' && location.projectId);
        expect(provider.auth.workloadIdentity.serviceAccountRef).toEqual({ name: eso.serviceAccount, namespace: eso.namespace });
        // The GCP IAM condition scopes the platform identity to this prefix.
        for (const e of vaultSecrets.filter((x) => x.spec.secretStoreRef.kind === 'ClusterSecretStore')) {
          for (const d of e.spec.data) expect(d.remoteRef.key.startsWith(location.cloud === 'gcp' ? location.prefix : '?')).toBe(true);
        }
        break;
      case 'kubernetes':
        expect(provider).toMatchObject({ remoteNamespace: 'matih-system', auth: { serviceAccount: { namespace: 'matih-system' } } });
        break;
    }
    // Tenant namespaces cannot use the platform store, so they cannot read platform entries. Argo CD's
    // namespace can, on a platform cluster with member clusters (their cluster Secrets).
    const argocd = model.fleet?.role === 'platform' && model.fleet.members.length > 0 ? ['argocd'] : [];
    expect(store.spec.conditions).toEqual([{ namespaces: [...argocd, ...PLATFORM_NAMESPACES].sort() }]);
    for (const e of vaultSecrets) {
      const ns = e.metadata.namespace!;
      expect([at(e), e.spec.secretStoreRef]).toEqual([
        at(e),
        ns.startsWith('tenant-')
          ? { kind: 'SecretStore', name: TENANT_SECRET_STORE_NAME }
          : { kind: 'ClusterSecretStore', name: SECRET_STORE_NAME },
      ]);
    }
  });

  it('lets each tenant read only entries under its own prefix, from its own store', () => {
    const prefixes = model.tenants.map((t) => tenantRemotePrefix(t.slug));
    for (const tenant of model.tenants) {
      const ns = `tenant-${tenant.slug}`;
      const own = tenantRemotePrefix(tenant.slug);
      const mine = externalSecrets.filter((e) => e.metadata.namespace === ns);
      expect(mine.map((e) => e.metadata.name).sort()).toEqual(TENANT_SECRETS.map((s) => s.name).sort());
      for (const e of mine) {
        expect(e.__file).toBe(`tenants/${tenantFile(model, tenant.slug)}.yaml`);
        for (const d of e.spec.data) {
          expect(d.remoteRef.key.startsWith(own)).toBe(true);
          expect(prefixes.filter((p) => d.remoteRef.key.startsWith(p))).toEqual([own]);
        }
      }
      const stores = objects.filter((o) => o.kind === 'SecretStore' && o.metadata.namespace === ns);
      expect(stores.map((s) => s.metadata.name)).toEqual([TENANT_SECRET_STORE_NAME]);
      const provider = stores[0].spec.provider;
      if (provider.azurekv)
        expect(provider.azurekv.vaultUrl).toBe((vaultLocation(model.target, tenant.slug) as { vaultUrl: string }).vaultUrl);
      if (provider.aws) expect(provider.aws.prefix).toContain(`/tenants/${tenant.slug}/`);
      if (provider.kubernetes) {
        // The dev Role grants `get` on this tenant's entries only.
        const role = objects.find(
          (o) => o.kind === 'Role' && o.metadata.namespace === 'matih-system' && o.metadata.name === `dev-secrets-${ns}`,
        ) as any;
        expect(role.rules).toEqual([
          {
            apiGroups: [''],
            resources: ['secrets'],
            verbs: ['get'],
            resourceNames: mine
              .flatMap((e) => e.spec.data.map((d: any) => d.remoteRef.key))
              .filter((k: string, i: number, a: string[]) => a.indexOf(k) === i)
              .sort(),
          },
        ]);
      }
    }
  });

  it('has both ClusterIssuers, DNS-01 on the target zone through its cloud DNS', () => {
    const issuers = ofKind(objects, 'ClusterIssuer');
    expect(issuers.map((i) => i.metadata.name).sort()).toEqual(['letsencrypt-prod-dns01', 'letsencrypt-staging-dns01']);
    const cloudSolver = { azure: 'azureDNS', aws: 'route53', gcp: 'cloudDNS' }[model.target.provider.cloud];
    for (const issuer of issuers) {
      expect(issuer.__file).toBe('security/cluster-issuers.yaml');
      expect(issuer.spec.acme.email).toBe(model.target.acmeEmail);
      expect(issuer.spec.acme.server).toContain(issuer.metadata.name.includes('staging') ? 'acme-staging-v02' : 'acme-v02');
      expect(issuer.spec.acme.solvers).toHaveLength(1);
      const [solver] = issuer.spec.acme.solvers;
      expect(Object.keys(solver.dns01)).toEqual([cloudSolver]);
      expect(solver.selector.dnsZones).toEqual([model.target.domain]);
    }
  });

  it('issues every Certificate from an existing ClusterIssuer: staging for dev, prod otherwise', () => {
    const issuers = new Set(ofKind(objects, 'ClusterIssuer').map((i) => i.metadata.name));
    const expected = model.target.environment === 'dev' ? 'letsencrypt-staging-dns01' : 'letsencrypt-prod-dns01';
    const certificates = ofKind(objects, 'Certificate');
    expect(certificates.length).toBeGreaterThan(0);
    for (const c of certificates) {
      expect(c.spec.issuerRef).toEqual({ group: 'cert-manager.io', kind: 'ClusterIssuer', name: expected });
      expect(issuers.has(c.spec.issuerRef.name)).toBe(true);
      expect(c.spec.privateKey).toEqual({ algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' });
      expect(c.spec.renewBefore).toBe('720h');
      for (const host of c.spec.dnsNames) expect(host.endsWith(`.${model.target.domain}`)).toBe(true);
    }
  });

  it('gives every Ingress TLS secret a Certificate in the Ingress namespace covering its hosts', () => {
    const certs = new Map(ofKind(objects, 'Certificate').map((c) => [`${c.metadata.namespace}/${c.spec.secretName}`, c]));
    const ingresses = ofKind(objects, 'Ingress');
    expect(ingresses.length).toBeGreaterThan(0);
    for (const ingress of ingresses) {
      for (const tls of ingress.spec.tls ?? []) {
        const cert = certs.get(`${ingress.metadata.namespace}/${tls.secretName}`);
        expect([at(ingress), tls.secretName, cert ? 'has certificate' : 'missing']).toEqual([
          at(ingress),
          tls.secretName,
          'has certificate',
        ]);
        for (const host of tls.hosts) expect(cert!.spec.dnsNames).toContain(host);
      }
    }
  });

  it('gives each tenant a certificate for <slug>.<domain> and *.<slug>.<domain> in its own file', () => {
    for (const tenant of model.tenants) {
      const host = `${tenant.slug}.${model.target.domain}`;
      const cert = ofKind(objects, 'Certificate').find((c) => c.metadata.name === `tenant-${tenant.slug}-tls`)!;
      expect(cert.__file).toBe(`tenants/${tenantFile(model, tenant.slug)}.yaml`);
      expect(cert.spec.dnsNames).toEqual([host, `*.${host}`]);
    }
  });
});

describe('across targets', () => {
  it('never lets one tenant name entries under another tenant prefix, on any target', () => {
    const slugs = [...new Set(shippedBuild().model.targets.flatMap((m) => m.tenants.map((t) => t.slug)))];
    for (const target of TARGET_NAMES) {
      for (const e of ofKind(objectsOf(target), 'ExternalSecret')) {
        const ns = e.metadata.namespace!;
        for (const d of (e as any).spec.data ?? []) {
          const owners = slugs.filter((s) => d.remoteRef.key.startsWith(tenantRemotePrefix(s)));
          expect([target, ns, d.remoteRef.key, owners]).toEqual([
            target,
            ns,
            d.remoteRef.key,
            ns.startsWith('tenant-') ? [ns.slice('tenant-'.length)] : [],
          ]);
        }
      }
    }
  });

  it('renders the same platform ExternalSecrets on the dev target as on cloud targets of the same components', () => {
    // Only the store differs between dev-generated and cloud-vault targets: the remote references are identical.
    const refs = (target: string) =>
      ofKind(objectsOf(target), 'ExternalSecret')
        .filter((e) => e.__file.startsWith('secrets/'))
        .map((e: any) => ({ ns: e.metadata.namespace, name: e.metadata.name, data: e.spec.data, store: e.spec.secretStoreRef }));
    const dev = refs('dev-azure');
    const staging = new Map(refs('staging-azure').map((r) => [`${r.ns}/${r.name}`, r]));
    for (const r of dev) if (staging.has(`${r.ns}/${r.name}`)) expect(r).toEqual(staging.get(`${r.ns}/${r.name}`));
    for (const r of dev) for (const d of r.data) expect(d.remoteRef.key).toBe(platformRemoteKey(r.name));
  });
});
