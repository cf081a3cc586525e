import type { AwsTarget, CloudSettings, TargetSpec } from '../../../config/types';
import type { CloudModel } from '../common/model';

/** Shared values of one AWS stack, passed between the files of this folder. */
export interface AwsContext {
  readonly model: CloudModel;
  readonly target: TargetSpec;
  readonly aws: AwsTarget;
  /** The environment's cloud settings (config/environments: `settings.cloud`). */
  readonly settings: CloudSettings;
  /** Three availability zones of the region (a, b, c). */
  readonly zones: readonly string[];
  readonly arnPrefix: { readonly secrets: string; readonly iam: string };
}

export function awsContext(model: CloudModel): AwsContext {
  const aws = model.target.provider;
  if (aws.cloud !== 'aws') throw new Error(`${model.target.name}: the AWS platform needs an AWS target`);
  return {
    model,
    target: model.target,
    aws,
    settings: model.settings,
    zones: ['a', 'b', 'c'].map((z) => `${aws.region}${z}`),
    arnPrefix: { secrets: `arn:aws:secretsmanager:${aws.region}:${aws.accountId}:secret:`, iam: `arn:aws:iam::${aws.accountId}:` },
  };
}

/** `snake_case` logical id part from a name. */
export function idOf(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '_');
}
