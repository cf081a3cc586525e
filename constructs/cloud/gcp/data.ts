import { DnsManagedZone } from '@cdktf/provider-google/lib/dns-managed-zone';
import { StorageBucket } from '@cdktf/provider-google/lib/storage-bucket';
import type { TerraformStack } from 'cdktf';
import { protect } from '../common/stateful';
import type { GcpContext } from './context';

export interface GcpData {
  readonly zone: DnsManagedZone;
  readonly bucket: StorageBucket;
}

/** `example.com` -> `example-com`: Cloud DNS zone names are labels. */
export function zoneName(domain: string): string {
  return domain.replace(/\./g, '-');
}

/** A public zone with DNSSEC. */
export function managedZone(
  stack: TerraformStack,
  id: string,
  ctx: GcpContext,
  domain: string,
  labels?: Record<string, string>,
): DnsManagedZone {
  return protect(
    new DnsManagedZone(stack, id, {
      name: zoneName(domain),
      dnsName: `${domain}.`,
      visibility: 'public',
      dnssecConfig: { state: 'on' },
      forceDestroy: false,
      labels,
      dependsOn: [...ctx.apis],
    }),
  );
}

export function gcpData(stack: TerraformStack, ctx: GcpContext): GcpData {
  const zone = managedZone(stack, 'dns_zone', ctx, ctx.target.domain);
  const bucket = new StorageBucket(stack, 'bucket', {
    name: ctx.gcp.bucketName,
    location: ctx.gcp.region.toUpperCase(),
    // IAM only (no object ACLs), and nothing in it can ever be made public.
    uniformBucketLevelAccess: true,
    publicAccessPrevention: 'enforced',
    // Overwritten or deleted objects stay recoverable.
    versioning: { enabled: true },
    forceDestroy: false,
  });
  protect(bucket);
  return { zone, bucket };
}
