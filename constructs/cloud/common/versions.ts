import type { TerraformStack } from 'cdktf';

/**
 * Terraform versions the stacks accept: the fact sheet's 1.6+ floor, below 2.0. The S3 backend's
 * native lock file needs 1.10, so AWS stacks raise the floor (see AWS_TERRAFORM_VERSION).
 */
const TERRAFORM_VERSION = '>= 1.6.0, < 2.0.0';
export const AWS_TERRAFORM_VERSION = '>= 1.10.0, < 2.0.0';

/**
 * Provider versions the prebuilt bindings were generated from (README of each @cdktf/provider-*
 * package): exact pins, so `terraform init` never picks a provider the bindings do not describe.
 */
const PROVIDER_VERSIONS = {
  azurerm: { source: 'hashicorp/azurerm', version: '4.55.0' },
  aws: { source: 'hashicorp/aws', version: '6.25.0' },
  google: { source: 'hashicorp/google', version: '6.50.0' },
} as const;

/** Pins `required_version` and the stack's provider in `required_providers`. */
export function pinVersions(stack: TerraformStack, provider: keyof typeof PROVIDER_VERSIONS, requiredVersion = TERRAFORM_VERSION): void {
  stack.addOverride('terraform.required_version', requiredVersion);
  stack.addOverride(`terraform.required_providers.${provider}`, PROVIDER_VERSIONS[provider]);
}
