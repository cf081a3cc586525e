import { EksAddon } from '@cdktf/provider-aws/lib/eks-addon';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import type { TerraformStack } from 'cdktf';
import type { CloudModel, CloudPlatform } from '../common/model';
import { addStackOutputs } from '../common/outputs';
import { cloudTags } from '../common/tags';
import { AWS_TERRAFORM_VERSION, pinVersions } from '../common/versions';
import { awsCluster } from './cluster';
import { awsContext } from './context';
import { awsData } from './data';
import { awsEndpoints } from './endpoints';
import { awsIdentities, irsaRole } from './identities';
import { awsKeys } from './kms';
import { containerInsights } from './monitoring';
import { awsNetwork } from './network';
import { awsTenantZones } from './tenants';
import type { DataAwsRoute53Zone } from '@cdktf/provider-aws/lib/data-aws-route53-zone';
import { cloudFleet } from '../common/fleet';
import { awsFleetMember, awsFleetPlatform, platformZone } from './fleet';

/**
 * The EKS add-on of the CSI snapshot controller. Like aws-ebs-csi-driver above, no `addonVersion`: EKS installs its
 * default version for the cluster's Kubernetes version and never upgrades it by itself. To pin one, take it from
 * `aws eks describe-addon-versions --addon-name snapshot-controller --kubernetes-version <v>` (as CLOUDWATCH_ADDON).
 */
const SNAPSHOT_CONTROLLER_ADDON = { name: 'snapshot-controller' } as const;

/** EKS, Route 53, Secrets Manager (KMS), S3, VPC endpoints, Container Insights and IRSA roles of one AWS target. */
export const awsPlatform: CloudPlatform = {
  cloud: 'aws',
  build(stack: TerraformStack, model: CloudModel): void {
    const ctx = awsContext(model);
    new AwsProvider(stack, 'aws', {
      region: ctx.aws.region,
      // Refuses to run against any other account than the target's.
      allowedAccountIds: [ctx.aws.accountId],
      // Every taggable resource gets the platform tags.
      defaultTags: [{ tags: cloudTags(model.target) }],
    });
    pinVersions(stack, 'aws', AWS_TERRAFORM_VERSION);
    const net = awsNetwork(stack, ctx);
    const endpoints = awsEndpoints(stack, ctx, net);
    const keys = awsKeys(stack, ctx);
    const { cluster, oidc, pools } = awsCluster(stack, ctx, net, keys);
    // The gp3 storage class needs the EBS CSI driver, which gets its own IRSA role.
    const ebsRole = irsaRole(
      stack,
      'ebs_csi_role',
      `${model.target.cluster.name}-ebs-csi`,
      'system:serviceaccount:kube-system:ebs-csi-controller-sa',
      { cluster, oidc },
    );
    new IamRolePolicyAttachment(stack, 'ebs_csi_policy', {
      role: ebsRole.name,
      policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy',
    });
    new EksAddon(stack, 'ebs_csi', {
      clusterName: cluster.name,
      addonName: 'aws-ebs-csi-driver',
      serviceAccountRoleArn: ebsRole.arn,
      resolveConflictsOnUpdate: 'OVERWRITE',
    });
    // The CSI snapshot controller and the snapshot.storage.k8s.io CRDs, which EKS does not install by itself: the
    // platform's scheduled VolumeSnapshots (snapscheduler) of EBS claims need them. It needs no IAM permissions.
    new EksAddon(stack, 'snapshot_controller', {
      clusterName: cluster.name,
      addonName: SNAPSHOT_CONTROLLER_ADDON.name,
      resolveConflictsOnUpdate: 'OVERWRITE',
    });
    containerInsights(stack, ctx, { cluster, oidc });
    const data = awsData(stack, ctx, keys, endpoints.s3);
    const fleet = cloudFleet(model);
    let parent: DataAwsRoute53Zone | undefined;
    const parentZone = (): DataAwsRoute53Zone => (parent ??= platformZone(stack, fleet.platform));
    const tenantZones = awsTenantZones(stack, ctx, data, parentZone);
    const roles = awsIdentities(stack, ctx, { cluster, oidc }, keys, data, tenantZones);
    if (fleet.role === 'platform' && fleet.members.length > 0)
      roles.set('argocd', awsFleetPlatform(stack, ctx, net, { cluster, oidc, pools }));
    if (fleet.role !== 'platform') awsFleetMember(stack, ctx, net, cluster, data.zone, parentZone);
    addStackOutputs(stack, {
      identities: Object.fromEntries([...roles].map(([name, role]) => [name, { roleArn: role.arn }])),
      nameServers: data.zone.nameServers,
      clusterName: cluster.name,
      oidcIssuer: cluster.identity.get(0).oidc.get(0).issuer,
    });
  },
};
