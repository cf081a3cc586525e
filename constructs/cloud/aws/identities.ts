import type { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import type { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import type { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import type { Route53Zone } from '@cdktf/provider-aws/lib/route53-zone';
import { Fn, type TerraformStack } from 'cdktf';
import { awsRoleName } from '../../../lib/clouds/aws';
import { backupPrefix, type FederatedIdentity, serviceAccountSubject, tenantBucketPrefix, vaultLocation } from '../../../lib/clouds';
import { type AwsContext, idOf } from './context';
import type { AwsData } from './data';
import type { AwsKeys } from './kms';
import { policyDocument } from './policy';

export const STS_AUDIENCE = 'sts.amazonaws.com';

export interface IrsaInputs {
  readonly cluster: EksCluster;
  readonly oidc: IamOpenidConnectProvider;
}

/** An IAM role only the given ServiceAccount of this cluster can assume (IRSA trust on `sub` and `aud`). */
export function irsaRole(stack: TerraformStack, id: string, name: string, subject: string, irsa: IrsaInputs): IamRole {
  const issuer = Fn.replace(irsa.cluster.identity.get(0).oidc.get(0).issuer, 'https://', '');
  const trust = policyDocument(stack, `${id}_trust`, [
    {
      effect: 'Allow',
      actions: ['sts:AssumeRoleWithWebIdentity'],
      principals: [{ type: 'Federated', identifiers: [irsa.oidc.arn] }],
      condition: [
        { test: 'StringEquals', variable: `${issuer}:sub`, values: [subject] },
        { test: 'StringEquals', variable: `${issuer}:aud`, values: [STS_AUDIENCE] },
      ],
    },
  ]);
  return new IamRole(stack, id, { name, assumeRolePolicy: trust.json, maxSessionDuration: 3600 });
}

function secretsRead(ctx: AwsContext, keys: AwsKeys, prefix: string): DataAwsIamPolicyDocumentStatement[] {
  return [
    {
      sid: 'ReadOwnPrefix',
      effect: 'Allow',
      actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
      resources: [`${ctx.arnPrefix.secrets}${prefix}*`],
    },
    {
      sid: 'DecryptViaSecretsManager',
      effect: 'Allow',
      actions: ['kms:Decrypt'],
      resources: [keys.secrets.arn],
      condition: [{ test: 'StringEquals', variable: 'kms:ViaService', values: [`secretsmanager.${ctx.aws.region}.amazonaws.com`] }],
    },
  ];
}

/** Least-privilege statements per permission of config/identities.ts. */
function statements(
  identity: FederatedIdentity,
  ctx: AwsContext,
  keys: AwsKeys,
  data: AwsData,
  tenantZones: Map<string, Route53Zone>,
): DataAwsIamPolicyDocumentStatement[] {
  const vault = (tenant?: string): string => {
    const location = vaultLocation(ctx.target, tenant);
    if (location.cloud !== 'aws') throw new Error('unreachable');
    return location.prefix;
  };
  switch (identity.permission) {
    case 'vault-read':
      return secretsRead(ctx, keys, vault());
    case 'tenant-vault-read':
      return secretsRead(ctx, keys, vault(identity.tenant));
    case 'dns-zone-write':
      return [
        {
          sid: 'ChangeOwnZones',
          effect: 'Allow',
          actions: ['route53:ChangeResourceRecordSets', 'route53:ListResourceRecordSets'],
          resources: [data.zone.arn, ...[...tenantZones.values()].map((z) => z.arn)],
        },
        { sid: 'TrackChanges', effect: 'Allow', actions: ['route53:GetChange'], resources: ['arn:aws:route53:::change/*'] },
        // Zone discovery has no resource-level permissions in Route 53.
        { sid: 'FindZones', effect: 'Allow', actions: ['route53:ListHostedZones', 'route53:ListHostedZonesByName'], resources: ['*'] },
      ];
    case 'cloud-provisioning': {
      const bucketPrefix = `arn:aws:s3:::${tenantBucketPrefix(ctx.target)}`;
      return [
        { sid: 'TenantBuckets', effect: 'Allow', actions: ['s3:*'], resources: [`${bucketPrefix}*`, `${bucketPrefix}*/*`] },
        {
          sid: 'TenantSecrets',
          effect: 'Allow',
          actions: [
            'secretsmanager:CreateSecret',
            'secretsmanager:PutSecretValue',
            'secretsmanager:UpdateSecret',
            'secretsmanager:DeleteSecret',
            'secretsmanager:TagResource',
            'secretsmanager:DescribeSecret',
            'secretsmanager:GetSecretValue',
          ],
          resources: [`${ctx.arnPrefix.secrets}matih/${ctx.target.name}/tenants/*`],
        },
        {
          sid: 'TenantSecretsKey',
          effect: 'Allow',
          actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'],
          resources: [keys.secrets.arn],
        },
      ];
    }
    case 'object-storage':
      return [
        {
          sid: 'ListMlPrefix',
          effect: 'Allow',
          actions: ['s3:ListBucket'],
          resources: [data.bucket.arn],
          condition: [{ test: 'StringLike', variable: 's3:prefix', values: ['ml/*'] }],
        },
        {
          sid: 'MlObjects',
          effect: 'Allow',
          actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
          resources: [`${data.bucket.arn}/ml/*`],
        },
        { sid: 'BucketKey', effect: 'Allow', actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [keys.s3.arn] },
      ];
    case 'backup-write': {
      if (!identity.backupOf) throw new Error(`identity ${identity.name}: backup-write needs backupOf`);
      // Its own service's prefix only: list it, read (restore), write and delete (retention) its objects.
      const prefix = backupPrefix(identity.backupOf);
      return [
        {
          sid: 'ListBackupPrefix',
          effect: 'Allow',
          actions: ['s3:ListBucket'],
          resources: [data.bucket.arn],
          condition: [{ test: 'StringLike', variable: 's3:prefix', values: [`${prefix}*`] }],
        },
        {
          sid: 'BackupObjects',
          effect: 'Allow',
          actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'],
          resources: [`${data.bucket.arn}/${prefix}*`],
        },
        { sid: 'BucketKey', effect: 'Allow', actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [keys.s3.arn] },
      ];
    }
  }
}

/** IRSA roles for the federated ServiceAccounts, each with an inline least-privilege policy. */
export function awsIdentities(
  stack: TerraformStack,
  ctx: AwsContext,
  irsa: IrsaInputs,
  keys: AwsKeys,
  data: AwsData,
  tenantZones: Map<string, Route53Zone>,
): Map<string, IamRole> {
  const roles = new Map<string, IamRole>();
  for (const identity of ctx.model.identities) {
    const id = `identity_${idOf(identity.name)}`;
    const role = irsaRole(stack, id, awsRoleName(ctx.target, identity), serviceAccountSubject(identity), irsa);
    const policy = policyDocument(stack, `${id}_permissions`, statements(identity, ctx, keys, data, tenantZones));
    new IamRolePolicy(stack, `${id}_policy`, { name: identity.permission, role: role.id, policy: policy.json });
    roles.set(identity.name, role);
  }
  return roles;
}
