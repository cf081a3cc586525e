import { LoggingProjectBucketConfig } from '@cdktf/provider-google/lib/logging-project-bucket-config';
import type { TerraformStack } from 'cdktf';
import type { GcpContext } from './context';

/**
 * GKE system and workload logs land in the project's `_Default` log bucket; its retention comes
 * from the model (`settings.cloud.gcp.logRetentionDays`). The bucket always exists: this adopts
 * and updates it, and destroying the stack leaves it in place.
 */
export function gcpLogRetention(stack: TerraformStack, ctx: GcpContext): LoggingProjectBucketConfig {
  return new LoggingProjectBucketConfig(stack, 'log_bucket_default', {
    project: ctx.project,
    location: 'global',
    bucketId: '_Default',
    retentionDays: ctx.settings.gcp.logRetentionDays,
    dependsOn: [...ctx.apis],
  });
}
