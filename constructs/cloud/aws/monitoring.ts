import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { EksAddon } from '@cdktf/provider-aws/lib/eks-addon';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import type { TerraformStack } from 'cdktf';
import type { AwsContext } from './context';
import { type IrsaInputs, irsaRole } from './identities';

/**
 * The CloudWatch Observability add-on (Container Insights with enhanced observability): the
 * CloudWatch agent and Fluent Bit on every node (they tolerate every taint), its operator on an
 * untainted pool such as system (it tolerates none). Pinned: EKS never upgrades add-ons by itself;
 * `aws eks describe-addon-versions --addon-name amazon-cloudwatch-observability
 * --kubernetes-version <v>` lists the versions a cluster version accepts.
 */
export const CLOUDWATCH_ADDON = { name: 'amazon-cloudwatch-observability', version: 'v4.8.0-eksbuild.1' } as const;

/** The add-on's agent and Fluent Bit run as this ServiceAccount (chart helper `cloudwatch-agent.serviceAccountName`). */
export const CLOUDWATCH_AGENT_SUBJECT = 'system:serviceaccount:amazon-cloudwatch:cloudwatch-agent';

/** Log groups Container Insights writes (`/aws/containerinsights/<cluster>/<kind>`). */
export const CONTAINER_INSIGHTS_LOG_KINDS = ['application', 'dataplane', 'host', 'performance'] as const;

/**
 * Container Insights on EKS. The log groups are created here first, so they carry the model's
 * retention (`settings.cloud.aws.logRetentionDays`) instead of the agent's never-expire default.
 */
export function containerInsights(stack: TerraformStack, ctx: AwsContext, irsa: IrsaInputs): EksAddon {
  const name = ctx.target.cluster.name;
  const logGroups = CONTAINER_INSIGHTS_LOG_KINDS.map(
    (kind) =>
      new CloudwatchLogGroup(stack, `container_insights_${kind}`, {
        name: `/aws/containerinsights/${name}/${kind}`,
        retentionInDays: ctx.settings.aws.logRetentionDays,
      }),
  );
  const role = irsaRole(stack, 'cloudwatch_agent_role', `${name}-cloudwatch-agent`, CLOUDWATCH_AGENT_SUBJECT, irsa);
  new IamRolePolicyAttachment(stack, 'cloudwatch_agent_policy', {
    role: role.name,
    policyArn: 'arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy',
  });
  return new EksAddon(stack, 'cloudwatch_observability', {
    clusterName: irsa.cluster.name,
    addonName: CLOUDWATCH_ADDON.name,
    addonVersion: CLOUDWATCH_ADDON.version,
    serviceAccountRoleArn: role.arn,
    resolveConflictsOnUpdate: 'OVERWRITE',
    dependsOn: logGroups,
  });
}
