import { AzurermBackend, GcsBackend, S3Backend, type TerraformStack } from 'cdktf';
import type { TargetSpec } from '../../../config/types';

/** Remote state with locking for a target's stack, from `target.provider.state`; never local. */
export function configureBackend(stack: TerraformStack, target: TargetSpec): void {
  const p = target.provider;
  switch (p.cloud) {
    case 'azure':
      // Blob leases lock the state; Entra auth instead of storage account keys.
      new AzurermBackend(stack, {
        resourceGroupName: p.state.resourceGroup,
        storageAccountName: p.state.storageAccount,
        containerName: p.state.container,
        key: `${target.name}.tfstate`,
        subscriptionId: p.subscriptionId,
        useAzureadAuth: true,
      });
      return;
    case 'aws': {
      const backend = new S3Backend(stack, {
        bucket: p.state.bucket,
        key: `${target.name}/terraform.tfstate`,
        region: p.state.region,
        encrypt: true,
      });
      // S3-native locking (Terraform >= 1.10); cdktf 0.21's S3BackendConfig predates the option.
      backend.addOverride('use_lockfile', true);
      return;
    }
    case 'gcp':
      // GCS locks state natively.
      new GcsBackend(stack, { bucket: p.state.bucket, prefix: target.name });
      return;
  }
}
