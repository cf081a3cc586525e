/**
 * Tenant isolation of the cloud vaults, one property per cloud, over stacks synthesized with fixture
 * tenants whose slugs are prefixes of one another: a tenant's ServiceAccount becomes exactly one
 * cloud identity, and that identity's grants, evaluated as the cloud evaluates them
 * (test/cloud/isolation.ts), read the tenant's own vault entries and no other tenant's or the
 * platform's. One file, so the three providers load once.
 */
import { vaultLocation } from '../../lib/clouds';
import { synth, targetsOf } from './helpers';
import {
  CANDIDATE_KEYS,
  ISOLATION_SLUGS,
  awsRoleStatements,
  awsRolesAssumableBy,
  azureCanRead,
  azureIdentitiesUsableBy,
  azureResourceIds,
  azureScopeCovers,
  extractByTemplate,
  gcpAccountsUsableBy,
  gcpCanAccess,
  gcpConditionHolds,
  iamAllows,
  isolationTenants,
  overlappingPrefixes,
  tenantSubject,
} from './isolation';
import { targetByName } from '../../lib/model/targets';

describe('AWS: IRSA trust, inline policies, ARN wildcards', () => {
  describe.each(targetsOf('aws'))('%s', (name) => {
    const target = targetByName(name);
    const provider = target.provider;
    if (provider.cloud !== 'aws') throw new Error(`${name} is not an AWS target`);
    const prefix = (slug?: string) => {
      const location = vaultLocation(target, slug);
      if (location.cloud !== 'aws') throw new Error('not aws');
      return location.prefix;
    };
    const prefixes: Record<string, string> = { platform: prefix(), ...Object.fromEntries(ISOLATION_SLUGS.map((s) => [s, prefix(s)])) };
    // Secrets Manager ARNs end in a random 6-character suffix after the name.
    const arn = (secretName: string) => `arn:aws:secretsmanager:${provider.region}:${provider.accountId}:secret:${secretName}-Ab12Cd`;
    const candidates = Object.entries(prefixes).flatMap(([owner, p]) => CANDIDATE_KEYS.map((key) => ({ owner, arn: arn(`${p}${key}`) })));

    test('no vault path prefix covers another (platform and tenants)', () => {
      expect(overlappingPrefixes(prefixes)).toEqual([]);
    });

    test.each(ISOLATION_SLUGS.map((s) => [s]))('tenant %s reads its own entries and nobody else’s', (slug) => {
      const json = synth(name, isolationTenants(name)).json;
      const roles = awsRolesAssumableBy(json, tenantSubject(slug).subject);
      expect(roles).toHaveLength(1);
      const readable = candidates.filter((c) =>
        roles.some((r) => iamAllows(awsRoleStatements(json, r), 'secretsmanager:GetSecretValue', c.arn)),
      );
      expect(readable.map((c) => c.owner)).toEqual(CANDIDATE_KEYS.map(() => slug));
    });
  });
});

describe('GCP: workload identity, IAM conditions in CEL', () => {
  describe('the IAM condition evaluator', () => {
    test('extract() takes the text between the template parts, or the rest', () => {
      expect(extractByTemplate('projects/1/secrets/tenant--a--x/versions/3', '/secrets/{secret}/')).toBe('tenant--a--x');
      expect(extractByTemplate('projects/1/secrets/tenant--a--x', '/secrets/{secret}')).toBe('tenant--a--x');
      expect(extractByTemplate('projects/1/buckets/b', '/secrets/{secret}')).toBe('');
    });

    test('conditions are evaluated, not compared', () => {
      const name = 'projects/1/secrets/tenant--acme-labs--x/versions/latest';
      const type = 'secretmanager.googleapis.com/SecretVersion';
      expect(gcpConditionHolds('resource.name.extract("/secrets/{secret}").startsWith("tenant--acme--")', name, type)).toBe(false);
      expect(gcpConditionHolds('resource.name.extract("/secrets/{secret}").startsWith("tenant--acme")', name, type)).toBe(true);
      expect(gcpConditionHolds('resource.type == "secretmanager.googleapis.com/SecretVersion"', name, type)).toBe(true);
    });
  });

  describe.each(targetsOf('gcp'))('%s', (name) => {
    const target = targetByName(name);
    const provider = target.provider;
    if (provider.cloud !== 'gcp') throw new Error(`${name} is not a GCP target`);
    const prefix = (slug?: string) => {
      const location = vaultLocation(target, slug);
      if (location.cloud !== 'gcp') throw new Error('not gcp');
      return location.prefix;
    };
    const prefixes: Record<string, string> = { platform: prefix(), ...Object.fromEntries(ISOLATION_SLUGS.map((s) => [s, prefix(s)])) };
    // IAM checks access on the secret version, named with the project number.
    const version = (secretId: string) => `projects/123456789012/secrets/${secretId}/versions/latest`;
    const candidates = Object.entries(prefixes).flatMap(([owner, p]) =>
      CANDIDATE_KEYS.map((key) => ({ owner, name: version(`${p}${key}`) })),
    );

    test('no secret-id prefix covers another (platform and tenants)', () => {
      expect(overlappingPrefixes(prefixes)).toEqual([]);
    });

    test.each(ISOLATION_SLUGS.map((s) => [s]))('tenant %s reads its own secrets and nobody else’s', (slug) => {
      const json = synth(name, isolationTenants(name)).json;
      const { namespace, serviceAccount } = tenantSubject(slug);
      const accounts = gcpAccountsUsableBy(json, provider.projectId, namespace, serviceAccount);
      expect(accounts).toHaveLength(1);
      const readable = candidates.filter((c) => accounts.some((a) => gcpCanAccess(json, a, c.name)));
      expect(readable.map((c) => c.owner)).toEqual(CANDIDATE_KEYS.map(() => slug));
    });
  });
});

describe('Azure: federated credentials, role assignment scopes', () => {
  test('an assignment covers its scope and what lies below it, not a sibling sharing the name prefix', () => {
    const vault = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-acme';
    expect(azureScopeCovers(vault, `${vault}/secrets/x`)).toBe(true);
    expect(azureScopeCovers('/subscriptions/s/resourceGroups/rg', `${vault}/secrets/x`)).toBe(true);
    expect(azureScopeCovers(vault, `${vault}-labs/secrets/x`)).toBe(false);
  });

  describe.each(targetsOf('azure'))('%s', (name) => {
    const target = targetByName(name);
    const provider = target.provider;
    if (provider.cloud !== 'azure') throw new Error(`${name} is not an Azure target`);
    const { subscriptionId } = provider;
    const vaultName = (slug?: string) => {
      const location = vaultLocation(target, slug);
      if (location.cloud !== 'azure') throw new Error('not azure');
      return location.keyVaultName;
    };
    const owners: Array<[string, string | undefined]> = [['platform', undefined], ...ISOLATION_SLUGS.map((s): [string, string] => [s, s])];

    /** Resource ID of each owner's vault, found in the stack by the name its SecretStore reads. */
    function vaultIds(json: ReturnType<typeof synth>['json']): Record<string, string> {
      const ids = azureResourceIds(json, subscriptionId);
      return Object.fromEntries(
        owners.map(([owner, slug]) => {
          const [logical] =
            Object.entries(json.resource.azurerm_key_vault).find(([, kv]) => (kv as { name: string }).name === vaultName(slug)) ?? [];
          if (!logical) throw new Error(`no Key Vault named ${vaultName(slug)} for ${owner}`);
          return [owner, ids.get(`\${azurerm_key_vault.${logical}.id}`)!];
        }),
      );
    }

    test('every owner has its own vault, and no vault ID lies below another', () => {
      const vaults = vaultIds(synth(name, isolationTenants(name)).json);
      expect(new Set(Object.values(vaults)).size).toBe(owners.length);
      expect(overlappingPrefixes(Object.fromEntries(Object.entries(vaults).map(([o, id]) => [o, `${id}/`])))).toEqual([]);
    });

    test.each(ISOLATION_SLUGS.map((s) => [s]))('tenant %s reads its own vault and nobody else’s', (slug) => {
      const json = synth(name, isolationTenants(name)).json;
      const ids = azureResourceIds(json, subscriptionId);
      const vaults = vaultIds(json);
      const candidates = Object.entries(vaults).flatMap(([owner, id]) =>
        CANDIDATE_KEYS.map((key) => ({ owner, id: `${id}/secrets/${key}` })),
      );
      const identities = azureIdentitiesUsableBy(json, tenantSubject(slug).subject);
      expect(identities).toHaveLength(1);
      const readable = candidates.filter((c) => identities.some((i) => azureCanRead(json, ids, i, c.id)));
      expect(readable.map((c) => c.owner)).toEqual(CANDIDATE_KEYS.map(() => slug));
    });
  });
});
