/**
 * The whole-stack properties of ./properties.ts hold on the stack of every cluster of the shipped
 * fleet (the targets' platform clusters and their member clusters), and each can fail.
 */
import { TARGETS } from '../../config/targets';
import { clusterNames } from '../support/render';
import { STACK_CHECKS } from './properties';
import { inputFor, type Json, synth } from './helpers';

describe.each(clusterNames())('the stack of %s', (name) => {
  test.each(Object.keys(STACK_CHECKS))('%s', (check) => {
    expect(STACK_CHECKS[check](synth(name).json, inputFor(name))).toEqual([]);
  });
});

/** One edit per check and cloud that breaks what the check guards, on the cloud's first target. */
const BREAKERS: Record<string, Record<string, (json: Json) => void>> = {
  checkovRules: {
    aws: (j) => (j.resource.aws_eks_cluster.eks.enabled_cluster_log_types = ['api']),
    azure: (j) => (j.resource.azurerm_storage_account.storage.shared_access_key_enabled = true),
    gcp: (j) => (j.resource.google_compute_subnetwork.subnet.private_ip_google_access = false),
  },
  privateAccess: {
    aws: (j) => (j.resource.aws_vpc_endpoint.endpoint_sts.private_dns_enabled = false),
    azure: (j) => delete j.resource.azurerm_private_endpoint.storage_endpoint,
    gcp: (j) => delete j.resource.google_compute_route,
  },
  encryption: {
    aws: (j) => (j.resource.aws_launch_template.node_template.block_device_mappings[0].ebs.encrypted = 'false'),
    azure: (j) => (Object.values<Json>(j.resource.azurerm_kubernetes_cluster_node_pool)[0].host_encryption_enabled = false),
    gcp: (j) => delete j.resource.google_container_cluster.gke.database_encryption,
  },
  deletionProtection: {
    aws: (j) => (j.resource.aws_s3_bucket.bucket.force_destroy = true),
    azure: (j) => delete j.resource.azurerm_key_vault.key_vault.lifecycle,
    gcp: (j) =>
      (j.resource.google_container_cluster.gke.deletion_protection = !j.resource.google_container_cluster.gke.deletion_protection),
  },
  logging: {
    aws: (j) => (j.resource.aws_cloudwatch_log_group.cluster_logs.retention_in_days = 1),
    azure: (j) => delete j.resource.azurerm_monitor_diagnostic_setting.key_vault_diagnostics,
    gcp: (j) => delete j.resource.google_compute_subnetwork.subnet.log_config,
  },
  identityTrust: {
    aws: (j) =>
      j.data.aws_iam_policy_document.identity_external_secrets_trust.statement[0].condition[0].values.push('system:serviceaccount:x:y'),
    azure: (j) => (Object.values<Json>(j.resource.azurerm_federated_identity_credential)[0].subject = 'system:serviceaccount:other:sa'),
    gcp: (j) => (j.resource.google_service_account_iam_member.identity_external_secrets_workload_identity.member += '-other'),
  },
};

describe('each stack property can fail', () => {
  const firstOf = (cloud: string) => TARGETS.find((t) => t.provider.cloud === cloud)!.name;
  test.each(Object.keys(STACK_CHECKS).flatMap((check) => ['aws', 'azure', 'gcp'].map((cloud) => [check, cloud] as const)))(
    '%s on %s',
    (check, cloud) => {
      const name = firstOf(cloud);
      const json = structuredClone(synth(name).json);
      BREAKERS[check][cloud](json);
      expect(STACK_CHECKS[check](synth(name).json, inputFor(name))).toEqual([]);
      expect(STACK_CHECKS[check](json, inputFor(name)).length).toBeGreaterThan(0);
    },
  );
});
