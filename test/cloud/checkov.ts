/**
 * Checkov-equivalent rules over the synthesized Terraform JSON, one per finding of the independent
 * scan (Checkov's AKS, EKS, GKE, Key Vault and storage rules), with the rule's own id where Checkov
 * has one. Where Checkov accepts a weaker form (a Key Vault with IP rules, an unset
 * `local_user_enabled`), the rule here is the stricter one the stacks promise. `breaks` turns a
 * passing resource into one the rule must reject, so every rule is shown to be able to fail.
 */
import type { Cloud } from '../../config/types';
import type { Json } from './helpers';

export interface CloudRule {
  readonly id: string;
  readonly title: string;
  readonly cloud: Cloud;
  readonly resourceType: string;
  readonly passes: (resource: Json) => boolean;
  /** A copy of a passing resource this rule must reject. */
  readonly breaks: (resource: Json) => Json;
  /**
   * Waived by the recorded public-endpoint exception (`settings.cloud.publicApiEndpoint`): on a
   * target that records it the rule must fail (the exception is visible), and `companion` must pass.
   */
  readonly waivedByPublicEndpoint?: { readonly companion: string };
}

const set =
  (key: string, value: unknown) =>
  (r: Json): Json => ({ ...r, [key]: value });
const without =
  (key: string) =>
  (r: Json): Json => {
    const { [key]: _dropped, ...rest } = r;
    return rest;
  };
const cidrsOpen = (cidrs: readonly string[] | undefined): boolean => (cidrs ?? []).some((c) => c === '0.0.0.0/0');

export const CLOUD_RULES: readonly CloudRule[] = [
  // AKS
  {
    id: 'CKV_AZURE_115',
    title: 'AKS is a private cluster',
    cloud: 'azure',
    resourceType: 'azurerm_kubernetes_cluster',
    passes: (r) => r.private_cluster_enabled === true,
    breaks: set('private_cluster_enabled', false),
    waivedByPublicEndpoint: { companion: 'CKV_AZURE_6' },
  },
  {
    id: 'CKV_AZURE_6',
    title: 'AKS API server is private or limited to authorized IP ranges (never 0.0.0.0/0)',
    cloud: 'azure',
    resourceType: 'azurerm_kubernetes_cluster',
    passes: (r) =>
      r.private_cluster_enabled === true ||
      ((r.api_server_access_profile?.authorized_ip_ranges ?? []).length > 0 &&
        !cidrsOpen(r.api_server_access_profile?.authorized_ip_ranges)),
    breaks: (r) => ({
      ...r,
      private_cluster_enabled: false,
      api_server_access_profile: { ...r.api_server_access_profile, authorized_ip_ranges: [] },
    }),
  },
  {
    id: 'CKV_AZURE_4',
    title: 'AKS sends container logs and metrics to Azure Monitor (Container Insights)',
    cloud: 'azure',
    resourceType: 'azurerm_kubernetes_cluster',
    passes: (r) => typeof r.oms_agent?.log_analytics_workspace_id === 'string' && r.oms_agent.log_analytics_workspace_id.length > 0,
    breaks: without('oms_agent'),
  },
  // Key Vault
  {
    id: 'CKV_AZURE_189',
    title: 'Key Vault disables public network access (stricter: no IP-rule fallback)',
    cloud: 'azure',
    resourceType: 'azurerm_key_vault',
    passes: (r) => r.public_network_access_enabled === false,
    breaks: set('public_network_access_enabled', true),
  },
  {
    id: 'CKV_AZURE_109',
    title: 'Key Vault firewall denies by default',
    cloud: 'azure',
    resourceType: 'azurerm_key_vault',
    passes: (r) => r.network_acls?.default_action === 'Deny',
    breaks: (r) => ({ ...r, network_acls: { ...r.network_acls, default_action: 'Allow' } }),
  },
  // Storage
  {
    id: 'CKV_AZURE_59',
    title: 'Storage account disallows public network access',
    cloud: 'azure',
    resourceType: 'azurerm_storage_account',
    passes: (r) => r.public_network_access_enabled === false,
    breaks: set('public_network_access_enabled', true),
  },
  {
    id: 'CKV_AZURE_190',
    title: 'Storage blobs cannot be made public',
    cloud: 'azure',
    resourceType: 'azurerm_storage_account',
    passes: (r) => r.allow_nested_items_to_be_public === false,
    breaks: set('allow_nested_items_to_be_public', true),
  },
  {
    id: 'CKV_AZURE_244',
    title: 'Storage account has local users (SFTP) disabled (stricter: explicitly false)',
    cloud: 'azure',
    resourceType: 'azurerm_storage_account',
    passes: (r) => r.local_user_enabled === false,
    breaks: without('local_user_enabled'),
  },
  {
    id: 'CKV2_AZURE_40',
    title: 'Storage account refuses Shared Key authorization',
    cloud: 'azure',
    resourceType: 'azurerm_storage_account',
    passes: (r) => r.shared_access_key_enabled === false,
    breaks: set('shared_access_key_enabled', true),
  },
  // EKS
  {
    id: 'CKV_AWS_39',
    title: 'EKS public endpoint disabled',
    cloud: 'aws',
    resourceType: 'aws_eks_cluster',
    passes: (r) => r.vpc_config?.endpoint_public_access === false,
    breaks: (r) => ({ ...r, vpc_config: { ...r.vpc_config, endpoint_public_access: true } }),
    waivedByPublicEndpoint: { companion: 'CKV_AWS_38' },
  },
  {
    id: 'CKV_AWS_38',
    title: 'EKS public endpoint, if any, not reachable from 0.0.0.0/0',
    cloud: 'aws',
    resourceType: 'aws_eks_cluster',
    passes: (r) =>
      r.vpc_config?.endpoint_public_access === false ||
      ((r.vpc_config?.public_access_cidrs ?? []).length > 0 && !cidrsOpen(r.vpc_config?.public_access_cidrs)),
    breaks: (r) => ({ ...r, vpc_config: { ...r.vpc_config, endpoint_public_access: true, public_access_cidrs: ['0.0.0.0/0'] } }),
  },
  {
    id: 'CKV_AWS_37',
    title: 'EKS control-plane logging enabled for all log types',
    cloud: 'aws',
    resourceType: 'aws_eks_cluster',
    passes: (r) =>
      ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'].every((t) => (r.enabled_cluster_log_types ?? []).includes(t)),
    breaks: (r) => ({ ...r, enabled_cluster_log_types: (r.enabled_cluster_log_types as string[]).filter((t) => t !== 'audit') }),
  },
  // GKE
  {
    id: 'MATIH_GKE_PRIVATE_ENDPOINT',
    title: 'GKE control plane has a private endpoint only (the GKE equivalent of CKV_AZURE_115 and CKV_AWS_39)',
    cloud: 'gcp',
    resourceType: 'google_container_cluster',
    passes: (r) => r.private_cluster_config?.enable_private_endpoint === true,
    breaks: (r) => ({ ...r, private_cluster_config: { ...r.private_cluster_config, enable_private_endpoint: false } }),
    waivedByPublicEndpoint: { companion: 'CKV_GCP_18' },
  },
  {
    id: 'CKV_GCP_18',
    title: 'GKE control plane is not public (no 0.0.0.0/0 among authorized networks)',
    cloud: 'gcp',
    resourceType: 'google_container_cluster',
    passes: (r) => !cidrsOpen((r.master_authorized_networks_config?.cidr_blocks ?? []).map((b: Json) => b.cidr_block)),
    breaks: (r) => ({
      ...r,
      master_authorized_networks_config: { ...r.master_authorized_networks_config, cidr_blocks: [{ cidr_block: '0.0.0.0/0' }] },
    }),
  },
  {
    id: 'CKV_GCP_20',
    title: 'GKE master authorized networks enabled',
    cloud: 'gcp',
    resourceType: 'google_container_cluster',
    passes: (r) => r.master_authorized_networks_config !== undefined,
    breaks: without('master_authorized_networks_config'),
  },
  {
    id: 'CKV_GCP_25',
    title: 'GKE is a private cluster with private nodes (CKV_GCP_64 too)',
    cloud: 'gcp',
    resourceType: 'google_container_cluster',
    passes: (r) => r.private_cluster_config?.enable_private_nodes === true,
    breaks: (r) => ({ ...r, private_cluster_config: { ...r.private_cluster_config, enable_private_nodes: false } }),
  },
  {
    id: 'CKV_GCP_1',
    title: 'GKE logs to Cloud Logging',
    cloud: 'gcp',
    resourceType: 'google_container_cluster',
    passes: (r) => typeof r.logging_service === 'string' && r.logging_service !== 'none',
    breaks: set('logging_service', 'none'),
  },
  {
    id: 'CKV_GCP_8',
    title: 'GKE monitoring on, with Managed Service for Prometheus (stricter)',
    cloud: 'gcp',
    resourceType: 'google_container_cluster',
    passes: (r) =>
      typeof r.monitoring_service === 'string' &&
      r.monitoring_service !== 'none' &&
      r.monitoring_config?.managed_prometheus?.enabled === true,
    breaks: (r) => ({ ...r, monitoring_config: { ...r.monitoring_config, managed_prometheus: { enabled: false } } }),
  },
  {
    id: 'CKV_GCP_74',
    title: 'Subnet has Private Google Access',
    cloud: 'gcp',
    resourceType: 'google_compute_subnetwork',
    passes: (r) => r.private_ip_google_access === true,
    breaks: set('private_ip_google_access', false),
  },
];

export function ruleById(id: string): CloudRule {
  const rule = CLOUD_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}
