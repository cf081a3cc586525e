/**
 * The typed "outputs step": values of cloud identities known only after `cdktf deploy` (Azure client
 * ids; AWS role ARNs and GCP e-mails for completeness) flow back into config/ and from there into the
 * ServiceAccount annotations:
 *
 *   npx cdktf deploy prod-azure
 *   npm run cloud-outputs -- --target prod-azure     # writes config/targets/prod-azure.outputs.json
 *   npm run synth                                    # ServiceAccounts now carry the real client ids
 *
 * How each cloud names and annotates an identity is its profile's (lib/clouds/).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { CLOUD_IDENTITY_LABEL, WORKLOAD_IDENTITIES } from '../../config/identities';
import type { ResolvedIdentity, ResolvedTarget, TargetSpec } from '../../config/types';
import { identityNamed, PLACEHOLDER_CLIENT_ID, profileOf } from '../clouds';
import { ModelError } from './errors';

const identityOutputSchema = z.strictObject({
  clientId: z.guid({ error: 'expected a GUID (the client id of the user-assigned identity)' }).optional(),
  principalId: z.guid().optional(),
  roleArn: z
    .string()
    .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,64}$/, 'expected an IAM role ARN')
    .optional(),
  serviceAccountEmail: z.email({ error: 'expected a service-account e-mail' }).optional(),
});

const targetOutputsSchema = z.strictObject({
  /** Target the values belong to (must match the file name). */
  target: z.string().min(1),
  /** Where the values came from, e.g. `terraform output -json (cdktf.out/stacks/prod-azure)`. */
  source: z.string().optional(),
  /** Identity name (config/identities.ts or `tenant-<slug>`) -> values of its cloud identity. */
  identities: z.record(z.string(), identityOutputSchema),
  /** Name servers of the target's platform DNS zone, for delegating it from the parent zone. */
  nameServers: z.array(z.string()).optional(),
});

export type TargetOutputs = z.infer<typeof targetOutputsSchema>;
export type IdentityOutputs = z.infer<typeof identityOutputSchema>;

export function outputsFile(dataDir: string, targetName: string): string {
  return path.join(dataDir, 'targets', `${targetName}.outputs.json`);
}

/** Validates outputs JSON (already parsed); `file` is used in messages. */
export function parseTargetOutputs(raw: unknown, file: string, targetName: string): TargetOutputs {
  const parsed = targetOutputsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ModelError(
      file,
      parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`),
    );
  }
  if (parsed.data.target !== targetName)
    throw new ModelError(file, [`target: "${parsed.data.target}" does not match the file name (expected "${targetName}")`]);
  return parsed.data;
}

/** Reads `<dataDir>/targets/<target>.outputs.json`; undefined when the target has none (not yet applied). */
export function loadTargetOutputs(dataDir: string, targetName: string): TargetOutputs | undefined {
  const file = outputsFile(dataDir, targetName);
  if (!fs.existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ModelError(file, [`JSON syntax error: ${(error as Error).message}`]);
  }
  return parseTargetOutputs(raw, file, targetName);
}

/** ServiceAccount annotations binding `identityName` to its cloud identity on `target`. */
export function identityAnnotations(target: TargetSpec, identityName: string, outputs?: TargetOutputs): Record<string, string> {
  const identity = identityNamed(identityName);
  const profile = profileOf(target);
  return { [profile.identityAnnotation]: profile.identityValue(target, identity, outputs?.identities[identity.name]) };
}

/** Platform identities of a target whose value is only known after apply and not yet recorded. */
export function pendingIdentities(target: TargetSpec, outputs?: TargetOutputs): string[] {
  if (!profileOf(target).identityKnownAfterApply) return [];
  return WORKLOAD_IDENTITIES.filter((i) => !outputs?.identities[i.name]?.clientId).map((i) => i.name);
}

/** The platform identities of a target as config/types.ts `ResolvedIdentity`. */
export function resolveIdentityValues(target: TargetSpec, outputs?: TargetOutputs): Record<string, ResolvedIdentity> {
  const cloudLabels = profileOf(target).identityPodLabels;
  return Object.fromEntries(
    WORKLOAD_IDENTITIES.map((i) => [
      i.name,
      {
        namespace: i.namespace,
        serviceAccount: i.serviceAccount,
        annotations: identityAnnotations(target, i.name, outputs),
        podLabels: { ...cloudLabels, [CLOUD_IDENTITY_LABEL]: i.name },
      },
    ]),
  );
}

/**
 * The workload identities of a target, with the values recorded after `cdktf deploy` by
 * `npm run cloud-outputs` (`<dataDir>/targets/<target>.outputs.json`) where they exist.
 */
export function resolveIdentities(target: TargetSpec, dataDir: string): Record<string, ResolvedIdentity> {
  return resolveIdentityValues(target, loadTargetOutputs(dataDir, target.name));
}

/** Identities of a target whose ServiceAccount annotation is still the nil-GUID placeholder (Azure before apply). */
export function placeholderIdentities(model: ResolvedTarget): string[] {
  return Object.entries(model.identities)
    .filter(([, identity]) => Object.values(identity.annotations).includes(PLACEHOLDER_CLIENT_ID))
    .map(([name]) => name);
}
