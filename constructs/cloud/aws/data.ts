import { Route53Zone } from '@cdktf/provider-aws/lib/route53-zone';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import type { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import type { TerraformStack } from 'cdktf';
import { protect } from '../common/stateful';
import type { AwsContext } from './context';
import type { AwsKeys } from './kms';
import { policyDocument } from './policy';

export interface AwsData {
  readonly zone: Route53Zone;
  readonly bucket: S3Bucket;
}

/**
 * Object reads and writes outside the VPC's S3 endpoint are refused. Bucket-level calls (Terraform
 * reading and configuring the bucket through the S3 API, HeadBucket) stay allowed to IAM principals.
 */
export const OBJECT_ACTIONS = [
  's3:GetObject*',
  's3:PutObject*',
  's3:DeleteObject*',
  's3:RestoreObject',
  's3:AbortMultipartUpload',
  's3:ListMultipartUploadParts',
] as const;

export function awsData(stack: TerraformStack, ctx: AwsContext, keys: AwsKeys, s3Endpoint: VpcEndpoint): AwsData {
  const zone = protect(new Route53Zone(stack, 'dns_zone', { name: ctx.target.domain, forceDestroy: false }));
  const bucket = protect(new S3Bucket(stack, 'bucket', { bucket: ctx.aws.bucketName, forceDestroy: false }));
  // Old object versions are kept, so overwrites and deletes are recoverable.
  new S3BucketVersioningA(stack, 'bucket_versioning', { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } });
  // SSE-KMS with the bucket's own key; bucket keys cut KMS calls.
  new S3BucketServerSideEncryptionConfigurationA(stack, 'bucket_encryption', {
    bucket: bucket.id,
    rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: keys.s3.arn }, bucketKeyEnabled: true }],
  });
  // No ACLs or policies can ever make objects public.
  new S3BucketPublicAccessBlock(stack, 'bucket_public_access', {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  // ACLs disabled: the bucket owner owns every object.
  new S3BucketOwnershipControls(stack, 'bucket_ownership', { bucket: bucket.id, rule: { objectOwnership: 'BucketOwnerEnforced' } });
  const access = policyDocument(stack, 'bucket_access', [
    {
      sid: 'DenyInsecureTransport',
      effect: 'Deny',
      actions: ['s3:*'],
      principals: [{ type: '*', identifiers: ['*'] }],
      resources: [bucket.arn, `${bucket.arn}/*`],
      condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
    },
    {
      sid: 'DenyOldTls',
      effect: 'Deny',
      actions: ['s3:*'],
      principals: [{ type: '*', identifiers: ['*'] }],
      resources: [bucket.arn, `${bucket.arn}/*`],
      condition: [{ test: 'NumericLessThan', variable: 's3:TlsVersion', values: ['1.2'] }],
    },
    {
      sid: 'DenyObjectAccessOutsideVpce',
      effect: 'Deny',
      actions: [...OBJECT_ACTIONS],
      principals: [{ type: '*', identifiers: ['*'] }],
      resources: [`${bucket.arn}/*`],
      condition: [{ test: 'StringNotEquals', variable: 'aws:SourceVpce', values: [s3Endpoint.id] }],
    },
  ]);
  // Plain HTTP and TLS < 1.2 are refused for every caller; objects are reachable only from the VPC.
  new S3BucketPolicy(stack, 'bucket_policy', { bucket: bucket.id, policy: access.json });
  return { zone, bucket };
}
