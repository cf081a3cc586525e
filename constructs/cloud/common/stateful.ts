import type { TerraformResource } from 'cdktf';

/** Marks a stateful resource (vault, bucket, zone, key, prod cluster) so `terraform destroy` refuses it. */
export function protect<T extends TerraformResource>(resource: T, when = true): T {
  if (when) resource.lifecycle = { ...(resource.lifecycle ?? {}), preventDestroy: true };
  return resource;
}
