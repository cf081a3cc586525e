import { TerraformOutput, type TerraformStack } from 'cdktf';
import type { IdentityOutputs } from '../../../lib/model/outputs';

/** Output names read by npm run cloud-outputs (lib/synth/cloud-outputs.ts); the same on every cloud. */
export const OUTPUT_NAMES = {
  identities: 'workload_identities',
  nameServers: 'dns_name_servers',
  clusterName: 'cluster_name',
  oidcIssuer: 'oidc_issuer_url',
} as const;

interface StackOutputs {
  /** Identity name -> values the Kubernetes side annotates (client id, role ARN, SA e-mail). */
  readonly identities: Readonly<Record<string, { readonly [K in keyof IdentityOutputs]?: string }>>;
  readonly nameServers: string[];
  readonly clusterName: string;
  readonly oidcIssuer: string;
}

export function addStackOutputs(stack: TerraformStack, outputs: StackOutputs): void {
  new TerraformOutput(stack, OUTPUT_NAMES.identities, {
    value: outputs.identities,
    description: 'Workload identity values for npm run cloud-outputs',
  });
  new TerraformOutput(stack, OUTPUT_NAMES.nameServers, {
    value: outputs.nameServers,
    description: 'Delegate the target domain to these name servers',
  });
  new TerraformOutput(stack, OUTPUT_NAMES.clusterName, { value: outputs.clusterName });
  new TerraformOutput(stack, OUTPUT_NAMES.oidcIssuer, { value: outputs.oidcIssuer });
}
