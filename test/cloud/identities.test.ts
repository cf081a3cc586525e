/**
 * The identity cross-check: every federated identity's trust in the cloud stack names exactly the
 * ServiceAccount that the Kubernetes side annotates, and the annotation value points at that same
 * cloud identity. identities-dist.test.ts checks the same against dist/'s rendered ServiceAccounts.
 */
import * as path from 'node:path';
import { TARGETS } from '../../config/targets';
import { identityAnnotations, type TargetOutputs } from '../../lib/model/outputs';
import { CLOUD_PROFILES } from '../../lib/clouds';
import { federatedIdentities, serviceAccountSubject } from '../../lib/clouds';
import { gcpWorkloadIdentityMember } from '../../lib/clouds/gcp';
import type { TargetSpec } from '../../config/types';
import { OUTPUT_NAMES } from '../../constructs/cloud/common/outputs';
import { CONFIG_DIR, inputFor, type Json, synth } from './helpers';
import { trustOf } from './properties';

/** What the cloud JSON trusts for the identity exposed as `name` in the stack outputs, plus the annotation it implies. */
function cloudSide(
  target: TargetSpec,
  json: Json,
  name: string,
  fakeClientId: string,
): { trusted: string; annotation: Record<string, string>; outputs: TargetOutputs['identities'][string] } {
  expect(json.output[OUTPUT_NAMES.identities].value[name]).toBeDefined();
  const p = target.provider;
  const { subjects, identity } = trustOf(json, p.cloud, name);
  expect(subjects).toHaveLength(1);
  const trusted = subjects[0];
  switch (p.cloud) {
    case 'azure':
      return { trusted, annotation: { [CLOUD_PROFILES.azure.identityAnnotation]: fakeClientId }, outputs: { clientId: fakeClientId } };
    case 'aws':
      return {
        trusted,
        annotation: { [CLOUD_PROFILES.aws.identityAnnotation]: `arn:aws:iam::${p.accountId}:role/${identity!.name}` },
        outputs: {},
      };
    case 'gcp':
      return {
        trusted,
        annotation: { [CLOUD_PROFILES.gcp.identityAnnotation]: `${identity!.account_id}@${p.projectId}.iam.gserviceaccount.com` },
        outputs: {},
      };
  }
}

function expectedTrust(target: TargetSpec, identity: { namespace: string; serviceAccount: string }): string {
  return target.provider.cloud === 'gcp' ? gcpWorkloadIdentityMember(target.provider.projectId, identity) : serviceAccountSubject(identity);
}

describe.each(TARGETS.map((t) => [t.name, t] as const))('identity cross-check on %s (cloud stack vs annotations)', (name, target) => {
  const { json } = synth(name);
  const identities = federatedIdentities(inputFor(name).tenants);

  it('exposes exactly the federated identities in the stack outputs', () => {
    // A platform with member clusters also exposes Argo CD's fleet identity (checked in fleet.test.ts).
    const fleet = (inputFor(name).fleet?.members.length ?? 0) > 0 ? ['argocd'] : [];
    expect(Object.keys(json.output[OUTPUT_NAMES.identities].value).sort()).toEqual([...identities.map((i) => i.name), ...fleet].sort());
  });

  it.each(identities.map((i) => [i.name, i] as const))(
    '%s: trust subject matches the ServiceAccount and its annotation',
    (identityName, identity) => {
      const fakeClientId = '11111111-2222-3333-4444-555555555555';
      const cloud = cloudSide(target, json, identityName, fakeClientId);
      expect(cloud.trusted).toBe(expectedTrust(target, identity));
      expect(cloud.trusted).toContain(
        target.provider.cloud === 'gcp'
          ? `[${identity.namespace}/${identity.serviceAccount}]`
          : `system:serviceaccount:${identity.namespace}:${identity.serviceAccount}`,
      );
      // What the Kubernetes side annotates, after the outputs step recorded the applied values.
      const outputs: TargetOutputs = { target: name, identities: { [identityName]: cloud.outputs } };
      expect(identityAnnotations(target, identityName, outputs)).toEqual(cloud.annotation);
      // AWS and GCP values are deterministic: no outputs file needed.
      if (target.provider.cloud !== 'azure') expect(identityAnnotations(target, identityName)).toEqual(cloud.annotation);
    },
  );
});

// Keeps the test data dir honest: the default data dir is config/.
expect(path.basename(CONFIG_DIR)).toBe('config');
