import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import type { TerraformStack } from 'cdktf';
import { protect } from '../common/stateful';
import type { AwsContext } from './context';

export interface AwsKeys {
  readonly eks: KmsKey;
  readonly secrets: KmsKey;
  readonly s3: KmsKey;
}

/** One customer-managed key per purpose, rotated yearly; losing one loses its data, so never destroyed. */
export function awsKeys(stack: TerraformStack, ctx: AwsContext): AwsKeys {
  const key = (purpose: keyof AwsKeys, description: string): KmsKey => {
    const k = protect(
      new KmsKey(stack, `kms_${purpose}`, { description, enableKeyRotation: true, rotationPeriodInDays: 365, deletionWindowInDays: 30 }),
    );
    new KmsAlias(stack, `kms_${purpose}_alias`, { name: `alias/${ctx.target.cluster.name}-${purpose}`, targetKeyId: k.keyId });
    return k;
  };
  return {
    eks: key('eks', `${ctx.target.name}: EKS secrets envelope encryption`),
    secrets: key('secrets', `${ctx.target.name}: Secrets Manager`),
    s3: key('s3', `${ctx.target.name}: S3 data bucket`),
  };
}
