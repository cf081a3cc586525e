import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ModelError } from '../../lib/model/tenants';
import { identityAnnotations, loadTargetOutputs, pendingIdentities, resolveIdentityValues } from '../../lib/model/outputs';
import { profileOf } from '../../lib/clouds';
import { awsRoleArn } from '../../lib/clouds/aws';
import { gcpServiceAccountEmail, gcpServiceAccountId } from '../../lib/clouds/gcp';
import { PLACEHOLDER_CLIENT_ID, tenantIdentity, vaultLocation } from '../../lib/clouds';
import { outputValues, toTargetOutputs } from '../../lib/synth/cloud-outputs';
import { WORKLOAD_IDENTITIES } from '../../config/identities';
import { targetByName } from '../../lib/model/targets';

const CLIENT = '7f9c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';

function tempDataDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-outputs-'));
  fs.mkdirSync(path.join(dir, 'targets'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'targets', name), text);
  return dir;
}

describe('identityAnnotations', () => {
  it('annotates Azure ServiceAccounts with the recorded client id, or the nil-GUID placeholder', () => {
    const target = targetByName('prod-azure');
    expect(identityAnnotations(target, 'external-secrets')).toEqual({ 'azure.workload.identity/client-id': PLACEHOLDER_CLIENT_ID });
    const outputs = { target: 'prod-azure', identities: { 'external-secrets': { clientId: CLIENT } } };
    expect(identityAnnotations(target, 'external-secrets', outputs)).toEqual({ 'azure.workload.identity/client-id': CLIENT });
    expect(pendingIdentities(target, outputs)).not.toContain('external-secrets');
    // Every platform identity is pending until its client id is recorded.
    expect(pendingIdentities(target)).toEqual(WORKLOAD_IDENTITIES.map((i) => i.name));
  });

  it('computes AWS role ARNs and GCP e-mails, letting an outputs file override them', () => {
    const aws = targetByName('prod-aws');
    expect(identityAnnotations(aws, 'external-dns')).toEqual({
      'eks.amazonaws.com/role-arn': 'arn:aws:iam::111122223333:role/matih-prod-external-dns',
    });
    expect(awsRoleArn(aws, { name: 'external-dns' })).toBe('arn:aws:iam::111122223333:role/matih-prod-external-dns');
    const override = 'arn:aws:iam::111122223333:role/custom';
    expect(identityAnnotations(aws, 'external-dns', { target: 'prod-aws', identities: { 'external-dns': { roleArn: override } } })).toEqual(
      { 'eks.amazonaws.com/role-arn': override },
    );
    const gcp = targetByName('prod-gcp');
    expect(identityAnnotations(gcp, 'infrastructure-service')).toEqual({
      'iam.gke.io/gcp-service-account': 'prod-infrastructure-service@matih-prod.iam.gserviceaccount.com',
    });
    expect(gcpServiceAccountEmail(gcp, { name: 'ml-service' })).toBe('prod-ml-service@matih-prod.iam.gserviceaccount.com');
  });

  it('keeps GCP account ids within 6..30 characters even for long tenant slugs', () => {
    const gcp = targetByName('prod-gcp');
    const id = gcpServiceAccountId(gcp, tenantIdentity('a-very-long-tenant-slug-of-forty-chars-x'));
    expect(id.length).toBeLessThanOrEqual(30);
    expect(id).toMatch(/^[a-z][a-z0-9-]+[a-z0-9]$/);
  });

  it('annotates tenant identities and rejects unknown names', () => {
    expect(identityAnnotations(targetByName('prod-aws'), 'tenant-globex')).toEqual({
      'eks.amazonaws.com/role-arn': 'arn:aws:iam::111122223333:role/matih-prod-tenant-globex',
    });
    expect(() => identityAnnotations(targetByName('prod-aws'), 'nope')).toThrow(/unknown workload identity/);
  });

  it('labels pods only on Azure', () => {
    expect(profileOf(targetByName('dev-azure')).identityPodLabels).toEqual({ 'azure.workload.identity/use': 'true' });
    expect(profileOf(targetByName('prod-aws')).identityPodLabels).toEqual({});
    expect(profileOf(targetByName('prod-gcp')).identityPodLabels).toEqual({});
  });

  it('resolves the platform identities in the ResolvedIdentity shape', () => {
    const resolved = resolveIdentityValues(targetByName('prod-azure'));
    expect(resolved['cert-manager']).toEqual({
      namespace: 'matih-system',
      serviceAccount: 'cert-manager',
      annotations: { 'azure.workload.identity/client-id': PLACEHOLDER_CLIENT_ID },
      // The cloud's label and the one the identity's NetworkPolicy selects.
      podLabels: { 'azure.workload.identity/use': 'true', 'matih.ai/cloud-identity': 'cert-manager' },
    });
  });

  it('gives each Azure tenant its own Key Vault name (3-24 characters, valid characters)', () => {
    const location = vaultLocation(targetByName('prod-azure'), 'umbrella-labs');
    expect(location.cloud).toBe('azure');
    if (location.cloud === 'azure') expect(location.keyVaultName).toMatch(/^[a-z][a-z0-9-]{1,22}[a-z0-9]$/);
  });
});

describe('loadTargetOutputs', () => {
  it('returns undefined when the target has no outputs file yet', () => {
    expect(loadTargetOutputs(tempDataDir({}), 'prod-azure')).toBeUndefined();
  });

  it('reads a valid file', () => {
    const dir = tempDataDir({
      'prod-azure.outputs.json': JSON.stringify({ target: 'prod-azure', identities: { 'cert-manager': { clientId: CLIENT } } }),
    });
    expect(loadTargetOutputs(dir, 'prod-azure')?.identities['cert-manager'].clientId).toBe(CLIENT);
  });

  it.each([
    ['a client id that is not a GUID', { target: 'prod-azure', identities: { 'cert-manager': { clientId: 'abc' } } }, /clientId/],
    ['an unknown field', { target: 'prod-azure', identities: { 'cert-manager': { clientID: CLIENT } } }, /clientID/],
    ['another target', { target: 'prod-aws', identities: {} }, /does not match/],
  ])('rejects %s with a ModelError', (_what, content, message) => {
    const dir = tempDataDir({ 'prod-azure.outputs.json': JSON.stringify(content) });
    expect(() => loadTargetOutputs(dir, 'prod-azure')).toThrow(ModelError);
    expect(() => loadTargetOutputs(dir, 'prod-azure')).toThrow(message);
  });

  it('rejects broken JSON with a ModelError', () => {
    const dir = tempDataDir({ 'prod-azure.outputs.json': '{ nope' });
    expect(() => loadTargetOutputs(dir, 'prod-azure')).toThrow(/JSON syntax error/);
  });
});

describe('lib/synth/cloud-outputs', () => {
  const identities = { 'cert-manager': { clientId: CLIENT, principalId: '0f9c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f' } };

  it('reads `terraform output -json`', () => {
    const raw = {
      workload_identities: { sensitive: false, type: ['object', {}], value: identities },
      dns_name_servers: { sensitive: false, type: ['list', 'string'], value: ['ns1-01.azure-dns.com.'] },
    };
    const outputs = toTargetOutputs(outputValues(raw, 'prod-azure'), 'prod-azure', 'test');
    expect(outputs).toEqual({ target: 'prod-azure', source: 'test', identities, nameServers: ['ns1-01.azure-dns.com.'] });
  });

  it('reads `cdktf output --outputs-file` (keyed by stack)', () => {
    const raw = { 'prod-azure': { workload_identities: identities, cluster_name: 'matih-prod' } };
    expect(toTargetOutputs(outputValues(raw, 'prod-azure'), 'prod-azure', 'test').identities).toEqual(identities);
  });

  it('refuses output that is not from an applied stack', () => {
    expect(() => toTargetOutputs({}, 'prod-azure', 'test')).toThrow(/workload_identities/);
    expect(() => toTargetOutputs({ workload_identities: { 'cert-manager': { clientId: 'x' } } }, 'prod-azure', 'test')).toThrow(ModelError);
  });
});
