import type { DnsManagedZone } from '@cdktf/provider-google/lib/dns-managed-zone';
import { DnsManagedZoneIamMember } from '@cdktf/provider-google/lib/dns-managed-zone-iam-member';
import { ProjectIamMember } from '@cdktf/provider-google/lib/project-iam-member';
import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountIamMember } from '@cdktf/provider-google/lib/service-account-iam-member';
import { StorageBucketIamMember } from '@cdktf/provider-google/lib/storage-bucket-iam-member';
import type { ContainerCluster } from '@cdktf/provider-google/lib/container-cluster';
import type { TerraformStack } from 'cdktf';
import { backupPrefix, type FederatedIdentity, tenantBucketPrefix, vaultLocation } from '../../../lib/clouds';
import { gcpServiceAccountId, gcpWorkloadIdentityMember } from '../../../lib/clouds/gcp';
import { type GcpContext, idOf } from './context';
import type { GcpData } from './data';

/** IAM condition limiting Secret Manager grants to secret ids starting with `prefix`. */
function secretPrefixCondition(prefix: string): { title: string; expression: string } {
  return {
    title: `secrets-${prefix.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '')}`,
    expression: `resource.name.extract("/secrets/{secret}").startsWith("${prefix}")`,
  };
}

/** IAM condition limiting a bucket grant to the objects of one service's backup prefix (and the bucket, for listing). */
function backupPrefixCondition(bucket: string, service: string): { title: string; expression: string } {
  const bucketName = `projects/_/buckets/${bucket}`;
  return {
    title: `backups-${service}`,
    expression: `resource.name == "${bucketName}" || resource.name.startsWith("${bucketName}/objects/${backupPrefix(service)}")`,
  };
}

function vaultPrefix(ctx: GcpContext, tenant?: string): string {
  const location = vaultLocation(ctx.target, tenant);
  if (location.cloud !== 'gcp') throw new Error('unreachable');
  return location.prefix;
}

/** Least-privilege grants per permission of config/identities.ts. */
function grant(
  stack: TerraformStack,
  id: string,
  identity: FederatedIdentity,
  member: string,
  ctx: GcpContext,
  data: GcpData,
  tenantZones: Map<string, DnsManagedZone>,
): void {
  const project = ctx.project;
  switch (identity.permission) {
    case 'vault-read':
    case 'tenant-vault-read':
      // Reads only secrets under its own prefix (platform, or the tenant's).
      new ProjectIamMember(stack, `${id}_secrets`, {
        project,
        role: 'roles/secretmanager.secretAccessor',
        member,
        condition: secretPrefixCondition(vaultPrefix(ctx, identity.tenant)),
      });
      return;
    case 'dns-zone-write':
      // Record changes in the platform zone and the tenant child zones only; listing zones is read-only.
      [data.zone, ...tenantZones.values()].forEach(
        (zone, i) =>
          new DnsManagedZoneIamMember(stack, `${id}_zone_${i}`, { project, managedZone: zone.name, role: 'roles/dns.admin', member }),
      );
      new ProjectIamMember(stack, `${id}_zone_list`, { project, role: 'roles/dns.reader', member });
      return;
    case 'cloud-provisioning':
      new ProjectIamMember(stack, `${id}_tenant_buckets`, {
        project,
        role: 'roles/storage.admin',
        member,
        condition: {
          title: 'tenant-buckets',
          expression: `resource.name.startsWith("projects/_/buckets/${tenantBucketPrefix(ctx.target)}")`,
        },
      });
      new ProjectIamMember(stack, `${id}_tenant_secrets`, {
        project,
        role: 'roles/secretmanager.admin',
        member,
        condition: secretPrefixCondition('tenant--'),
      });
      return;
    case 'object-storage':
      new StorageBucketIamMember(stack, `${id}_bucket`, { bucket: data.bucket.name, role: 'roles/storage.objectUser', member });
      return;
    case 'backup-write': {
      if (!identity.backupOf) throw new Error(`identity ${identity.name}: backup-write needs backupOf`);
      // Objects below its own service's prefix, plus listing the bucket (object names only), which IAM checks on the bucket itself.
      new StorageBucketIamMember(stack, `${id}_backups`, {
        bucket: data.bucket.name,
        role: 'roles/storage.objectUser',
        member,
        condition: backupPrefixCondition(ctx.gcp.bucketName, identity.backupOf),
      });
      return;
    }
  }
}

/** Google service accounts that exactly one Kubernetes ServiceAccount may impersonate. */
export function gcpIdentities(
  stack: TerraformStack,
  ctx: GcpContext,
  cluster: ContainerCluster,
  data: GcpData,
  tenantZones: Map<string, DnsManagedZone>,
): Map<string, ServiceAccount> {
  const accounts = new Map<string, ServiceAccount>();
  for (const identity of ctx.model.identities) {
    const id = `identity_${idOf(identity.name)}`;
    const account = new ServiceAccount(stack, id, {
      accountId: gcpServiceAccountId(ctx.target, identity),
      displayName: `${identity.namespace}/${identity.serviceAccount}`,
    });
    // Only this ServiceAccount of this project's workload pool may act as the Google account.
    new ServiceAccountIamMember(stack, `${id}_workload_identity`, {
      serviceAccountId: account.name,
      role: 'roles/iam.workloadIdentityUser',
      member: gcpWorkloadIdentityMember(ctx.project, identity),
      dependsOn: [cluster],
    });
    grant(stack, id, identity, account.member, ctx, data, tenantZones);
    accounts.set(identity.name, account);
  }
  return accounts;
}
