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
import { CONFIG_DIR, inputFor, type Json, resources, synth } from './helpers';

/** `${type.id.attr}` -> [type, id]. */
function referenced(expression: string): [string, string] {
  const m = /^\$\{(?:data\.)?([a-z0-9_]+)\.([A-Za-z0-9_]+)\.[a-z_]+\}$/.exec(expression);
  if (!m) throw new Error(`not a plain reference: ${expression}`);
  return [m[1], m[2]];
}

/** What the cloud JSON trusts for the identity exposed as `name` in the stack outputs, plus the annotation it implies. */
function cloudSide(
  target: TargetSpec,
  json: Json,
  name: string,
  fakeClientId: string,
): { trusted: string; annotation: Record<string, string>; outputs: TargetOutputs['identities'][string] } {
  const exposed = json.output[OUTPUT_NAMES.identities].value[name];
  expect(exposed).toBeDefined();
  const p = target.provider;
  switch (p.cloud) {
    case 'azure': {
      const [, id] = referenced(exposed.clientId);
      const cred = Object.values(resources(json, 'azurerm_federated_identity_credential')).filter(
        (c) => c.parent_id === `\${azurerm_user_assigned_identity.${id}.id}`,
      );
      expect(cred).toHaveLength(1);
      return {
        trusted: cred[0].subject,
        annotation: { [CLOUD_PROFILES.azure.identityAnnotation]: fakeClientId },
        outputs: { clientId: fakeClientId },
      };
    }
    case 'aws': {
      const [, id] = referenced(exposed.roleArn);
      const role = resources(json, 'aws_iam_role')[id];
      const [, trustId] = referenced(role.assume_role_policy);
      const sub = json.data.aws_iam_policy_document[trustId].statement[0].condition.filter((c: Json) => c.variable.endsWith(':sub'));
      expect(sub).toHaveLength(1);
      expect(sub[0].values).toHaveLength(1);
      return {
        trusted: sub[0].values[0],
        annotation: { [CLOUD_PROFILES.aws.identityAnnotation]: `arn:aws:iam::${p.accountId}:role/${role.name}` },
        outputs: {},
      };
    }
    case 'gcp': {
      const [, id] = referenced(exposed.serviceAccountEmail);
      const account = resources(json, 'google_service_account')[id];
      const members = Object.values(resources(json, 'google_service_account_iam_member')).filter(
        (m) => m.service_account_id === `\${google_service_account.${id}.name}`,
      );
      expect(members).toHaveLength(1);
      expect(members[0].role).toBe('roles/iam.workloadIdentityUser');
      return {
        trusted: members[0].member,
        annotation: { [CLOUD_PROFILES.gcp.identityAnnotation]: `${account.account_id}@${p.projectId}.iam.gserviceaccount.com` },
        outputs: {},
      };
    }
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
