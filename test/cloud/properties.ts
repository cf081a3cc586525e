/**
 * Properties of a whole synthesized cloud stack, as test/baseline/properties.ts has for the
 * manifests: each check returns its problems (an empty list means the property holds), so a test
 * can run them on any stack (every shipped cluster, a new target) and feed them broken stacks to
 * prove that each one can fail.
 */
import { cloudModel, type CloudTargetInput } from '../../lib/synth/cloud-input';
import { serviceAccountSubject } from '../../lib/clouds';
import { gcpWorkloadIdentityMember } from '../../lib/clouds/gcp';
import { EKS_LOG_TYPES } from '../../constructs/cloud/aws/cluster';
import { AWS_INTERFACE_ENDPOINTS } from '../../constructs/cloud/aws/endpoints';
import { AKS_LOG_CATEGORIES } from '../../constructs/cloud/azure/cluster';
import { PRIVATE_LINK_ZONES } from '../../constructs/cloud/azure/private-link';
import { GKE_LOGGED_COMPONENTS } from '../../constructs/cloud/gcp/cluster';
import { PRIVATE_GOOGLE_ACCESS, PRIVATE_GOOGLE_DOMAINS } from '../../constructs/cloud/gcp/private-access';
import { OUTPUT_NAMES } from '../../constructs/cloud/common/outputs';
import { CLOUD_RULES, ruleById } from './checkov';
import { type Json, ref, resources } from './helpers';

export type StackCheck = (json: Json, input: CloudTargetInput) => string[];

const all = (json: Json, type: string): Array<[string, Json]> => Object.entries(resources(json, type));
/** `problem` when `ok` is false. */
const unless = (ok: boolean, problem: string): string[] => (ok ? [] : [problem]);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The Checkov-equivalent rules of the stack's cloud; under the recorded public-endpoint exception the companion rule instead. */
const checkovRules: StackCheck = (json, input) =>
  CLOUD_RULES.filter((r) => r.cloud === input.target.provider.cloud).flatMap((rule) => {
    const found = all(json, rule.resourceType);
    const waived = rule.waivedByPublicEndpoint !== undefined && input.settings.publicApiEndpoint;
    const applied = waived ? ruleById(rule.waivedByPublicEndpoint!.companion) : rule;
    return [
      ...unless(found.length > 0, `${rule.id}: no ${rule.resourceType}`),
      ...found.flatMap(([id, body]) => unless(applied.passes(body), `${applied.id} (${applied.title}): ${rule.resourceType}.${id}`)),
    ];
  });

/** Cloud APIs, vaults and storage are reached over private addresses; nodes get none of their own. */
const privateAccess: StackCheck = (json, input) => {
  const p = input.target.provider;
  switch (p.cloud) {
    case 'aws': {
      const interfaces = all(json, 'aws_vpc_endpoint').filter(([, e]) => e.vpc_endpoint_type === 'Interface');
      const expected = AWS_INTERFACE_ENDPOINTS.map((api) => `com.amazonaws.${p.region}.${api}`);
      const deny = json.data?.aws_iam_policy_document?.bucket_access?.statement?.find((s: Json) => s.sid === 'DenyObjectAccessOutsideVpce');
      return [
        ...unless(same(interfaces.map(([, e]) => e.service_name).sort(), expected.sort()), `interface endpoints are not ${expected}`),
        ...interfaces.flatMap(([id, e]) => unless(e.private_dns_enabled === true, `aws_vpc_endpoint.${id}: no private DNS`)),
        ...unless(resources(json, 'aws_vpc_endpoint').endpoint_s3?.vpc_endpoint_type === 'Gateway', 'no S3 gateway endpoint'),
        ...unless(deny?.effect === 'Deny', 'the bucket policy does not refuse object access outside the S3 endpoint'),
        ...all(json, 'aws_eks_cluster').flatMap(([id, c]) =>
          unless(c.vpc_config?.endpoint_private_access === true, `aws_eks_cluster.${id}: no private API endpoint`),
        ),
        ...all(json, 'aws_subnet')
          .filter(([id]) => !id.startsWith('public_'))
          .flatMap(([id, s]) => unless(s.map_public_ip_on_launch === false, `aws_subnet.${id} gives public addresses`)),
      ];
    }
    case 'azure': {
      const endpoints = all(json, 'azurerm_private_endpoint').map(([, pe]) => pe.private_service_connection);
      const subjects: Array<[string, string, keyof typeof PRIVATE_LINK_ZONES]> = [
        ...all(json, 'azurerm_key_vault').map(([id]) => ['azurerm_key_vault', id, 'vault'] as [string, string, 'vault']),
        ...all(json, 'azurerm_storage_account').map(([id]) => ['azurerm_storage_account', id, 'blob'] as [string, string, 'blob']),
      ];
      return [
        ...subjects.flatMap(([type, id, sub]) =>
          unless(
            endpoints.filter((c) => c.private_connection_resource_id === ref(type, id) && same(c.subresource_names, [sub])).length === 1,
            `${type}.${id}: not exactly one private endpoint (${sub})`,
          ),
        ),
        ...all(json, 'azurerm_kubernetes_cluster').flatMap(([id, c]) => [
          ...unless(c.api_server_access_profile?.virtual_network_integration_enabled === true, `${id}: API server not in the VNet`),
          ...unless(c.default_node_pool?.node_public_ip_enabled === false, `${id}: system nodes get public addresses`),
        ]),
      ];
    }
    case 'gcp': {
      const zones = all(json, 'google_dns_managed_zone').filter(([, z]) => z.visibility === 'private');
      const expected = PRIVATE_GOOGLE_DOMAINS.map((d) => `${d.domain}.`).sort();
      return [
        ...unless(same(zones.map(([, z]) => z.dns_name).sort(), expected), `private Google API zones are not ${expected}`),
        ...unless(
          all(json, 'google_compute_route').some(([, r]) => r.dest_range === PRIVATE_GOOGLE_ACCESS.cidr),
          `no route to the Private Google Access range ${PRIVATE_GOOGLE_ACCESS.cidr}`,
        ),
      ];
    }
  }
};

/** Secrets, disks, objects and state are encrypted, with keys that rotate. */
const encryption: StackCheck = (json, input) => {
  switch (input.target.provider.cloud) {
    case 'aws':
      return [
        ...all(json, 'aws_eks_cluster').flatMap(([id, c]) =>
          unless(
            same(c.encryption_config?.resources, ['secrets']) && !!c.encryption_config.provider?.key_arn,
            `${id}: Secrets not KMS-encrypted`,
          ),
        ),
        ...all(json, 'aws_kms_key').flatMap(([id, k]) => unless(k.enable_key_rotation === true, `aws_kms_key.${id} does not rotate`)),
        ...all(json, 'aws_s3_bucket_server_side_encryption_configuration').flatMap(([id, e]) =>
          unless(e.rule?.[0]?.apply_server_side_encryption_by_default?.sse_algorithm === 'aws:kms', `${id}: not SSE-KMS`),
        ),
        ...all(json, 'aws_launch_template').flatMap(([id, lt]) =>
          (lt.block_device_mappings ?? [{}]).flatMap((d: Json) =>
            unless(String(d.ebs?.encrypted) === 'true', `aws_launch_template.${id}: unencrypted node volume`),
          ),
        ),
        ...unless(json.terraform?.backend?.s3?.encrypt === true, 'the state is not encrypted'),
      ];
    case 'azure':
      return [
        ...all(json, 'azurerm_kubernetes_cluster').flatMap(([id, c]) =>
          unless(c.default_node_pool?.host_encryption_enabled === true, `${id}: system pool without host encryption`),
        ),
        ...all(json, 'azurerm_kubernetes_cluster_node_pool').flatMap(([id, p]) =>
          unless(p.host_encryption_enabled === true, `azurerm_kubernetes_cluster_node_pool.${id}: no host encryption`),
        ),
        ...all(json, 'azurerm_storage_account').flatMap(([id, s]) => [
          ...unless(s.infrastructure_encryption_enabled === true, `azurerm_storage_account.${id}: no infrastructure encryption`),
          ...unless(
            s.min_tls_version === 'TLS1_2' && s.https_traffic_only_enabled === true,
            `azurerm_storage_account.${id}: not TLS 1.2 only`,
          ),
        ]),
      ];
    case 'gcp':
      return [
        ...all(json, 'google_container_cluster').flatMap(([id, c]) =>
          unless(c.database_encryption?.state === 'ENCRYPTED' && !!c.database_encryption.key_name, `${id}: Secrets not KMS-encrypted`),
        ),
        ...all(json, 'google_kms_crypto_key').flatMap(([id, k]) =>
          unless(!!k.rotation_period, `google_kms_crypto_key.${id} does not rotate`),
        ),
      ];
  }
};

const STATEFUL: Record<string, readonly string[]> = {
  aws: ['aws_kms_key', 'aws_s3_bucket', 'aws_route53_zone'],
  azure: ['azurerm_key_vault', 'azurerm_storage_account', 'azurerm_dns_zone'],
  gcp: ['google_kms_crypto_key', 'google_kms_key_ring', 'google_storage_bucket', 'google_dns_managed_zone'],
};
const CLUSTER: Record<string, string> = { aws: 'aws_eks_cluster', azure: 'azurerm_kubernetes_cluster', gcp: 'google_container_cluster' };

/** Stateful resources refuse destroy; a prod cluster does too (and has the cloud's deletion protection where it has one). */
const deletionProtection: StackCheck = (json, input) => {
  const cloud = input.target.provider.cloud;
  const prod = input.target.environment === 'prod';
  return [
    ...STATEFUL[cloud].flatMap((type) =>
      all(json, type)
        // GCP's private zones only point Google API names at the private VIP; they hold nothing to lose.
        .filter(([, r]) => r.visibility !== 'private')
        .flatMap(([id, r]) => unless(r.lifecycle?.prevent_destroy === true, `${type}.${id} may be destroyed`)),
    ),
    ...all(json, 'aws_s3_bucket').flatMap(([id, b]) => unless(b.force_destroy !== true, `aws_s3_bucket.${id}: force_destroy`)),
    ...all(json, 'google_storage_bucket').flatMap(([id, b]) =>
      unless(b.force_destroy !== true, `google_storage_bucket.${id}: force_destroy`),
    ),
    ...all(json, 'azurerm_key_vault').flatMap(([id, v]) =>
      unless(v.purge_protection_enabled === true, `azurerm_key_vault.${id} may be purged`),
    ),
    ...all(json, CLUSTER[cloud]).flatMap(([id, c]) => [
      ...unless((c.lifecycle?.prevent_destroy === true) === prod, `${id}: prevent_destroy is not ${prod}`),
      ...(cloud === 'azure' ? [] : unless(c.deletion_protection === prod, `${id}: deletion_protection is not ${prod}`)),
    ]),
  ];
};

/** The control plane's logs (all of them) go to the cloud's log store, kept as long as the model says. */
const logging: StackCheck = (json, input) => {
  const s = input.settings;
  switch (input.target.provider.cloud) {
    case 'aws':
      return [
        ...all(json, 'aws_eks_cluster').flatMap(([id, c]) =>
          unless(same(c.enabled_cluster_log_types, [...EKS_LOG_TYPES]), `${id}: control-plane log types are not ${EKS_LOG_TYPES}`),
        ),
        ...unless(all(json, 'aws_cloudwatch_log_group').length > 0, 'no CloudWatch log group'),
        ...all(json, 'aws_cloudwatch_log_group').flatMap(([id, g]) =>
          unless(
            g.retention_in_days === s.aws.logRetentionDays,
            `aws_cloudwatch_log_group.${id}: retention is not ${s.aws.logRetentionDays}`,
          ),
        ),
      ];
    case 'azure': {
      const diagnostics = all(json, 'azurerm_monitor_diagnostic_setting').map(([, d]) => d);
      const categories = (target: string): string[] =>
        diagnostics.filter((d) => d.target_resource_id === target).flatMap((d) => d.enabled_log.map((l: Json) => l.category));
      return [
        ...all(json, 'azurerm_kubernetes_cluster').flatMap(([id]) =>
          unless(
            same(categories(ref('azurerm_kubernetes_cluster', id)), [...AKS_LOG_CATEGORIES]),
            `${id}: control-plane logs are not ${AKS_LOG_CATEGORIES}`,
          ),
        ),
        ...all(json, 'azurerm_key_vault').flatMap(([id]) =>
          unless(same(categories(ref('azurerm_key_vault', id)), ['AuditEvent']), `azurerm_key_vault.${id}: no audit log`),
        ),
        ...all(json, 'azurerm_log_analytics_workspace').flatMap(([id, w]) =>
          unless(w.retention_in_days === s.azure.logRetentionDays, `${id}: retention is not ${s.azure.logRetentionDays}`),
        ),
      ];
    }
    case 'gcp':
      return [
        ...all(json, 'google_container_cluster').flatMap(([id, c]) =>
          unless(
            same(c.logging_config?.enable_components, [...GKE_LOGGED_COMPONENTS]),
            `${id}: logged components are not ${GKE_LOGGED_COMPONENTS}`,
          ),
        ),
        ...unless(
          all(json, 'google_logging_project_bucket_config').some(([, b]) => b.retention_days === s.gcp.logRetentionDays),
          `no log bucket kept ${s.gcp.logRetentionDays} days`,
        ),
        ...all(json, 'google_compute_subnetwork').flatMap(([id, n]) => unless(n.log_config !== undefined, `${id}: no flow logs`)),
      ];
  }
};

/** The ServiceAccount subjects the cloud identity exposed as `name` in the stack outputs trusts, and that identity's resource. */
export function trustOf(json: Json, cloud: string, name: string): { subjects: string[]; identity?: Json } {
  const exposed = json.output?.[OUTPUT_NAMES.identities]?.value?.[name];
  const id = (expression: unknown) => /^\$\{(?:data\.)?[a-z0-9_]+\.([A-Za-z0-9_]+)\.[a-z_]+\}$/.exec(String(expression))?.[1];
  switch (cloud) {
    case 'azure': {
      const uai = id(exposed?.clientId);
      const creds = all(json, 'azurerm_federated_identity_credential').filter(
        ([, c]) => c.parent_id === ref('azurerm_user_assigned_identity', uai ?? ''),
      );
      return { subjects: creds.map(([, c]) => c.subject), identity: resources(json, 'azurerm_user_assigned_identity')[uai ?? ''] };
    }
    case 'aws': {
      const role = resources(json, 'aws_iam_role')[id(exposed?.roleArn) ?? ''];
      const trust = json.data?.aws_iam_policy_document?.[id(role?.assume_role_policy) ?? ''];
      const subs = (trust?.statement ?? []).flatMap((s: Json) => (s.condition ?? []).filter((c: Json) => c.variable.endsWith(':sub')));
      return { subjects: subs.flatMap((c: Json) => c.values), identity: role };
    }
    default: {
      const account = id(exposed?.serviceAccountEmail);
      const members = all(json, 'google_service_account_iam_member').filter(
        ([, m]) =>
          m.service_account_id === ref('google_service_account', account ?? '', 'name') && m.role === 'roles/iam.workloadIdentityUser',
      );
      return { subjects: members.map(([, m]) => m.member), identity: resources(json, 'google_service_account')[account ?? ''] };
    }
  }
}

/** Every identity the cluster needs is exposed and trusts exactly its ServiceAccount, and nothing else is exposed. */
const identityTrust: StackCheck = (json, input) => {
  const p = input.target.provider;
  const identities = cloudModel(input).identities;
  const fleet = (input.fleet?.members.length ?? 0) > 0 ? ['argocd'] : [];
  const exposed = Object.keys(json.output?.[OUTPUT_NAMES.identities]?.value ?? {}).sort();
  const expected = [...identities.map((i) => i.name), ...fleet].sort();
  return [
    ...unless(same(exposed, expected), `exposed identities ${exposed} are not ${expected}`),
    ...identities.flatMap((i) => {
      const subject = p.cloud === 'gcp' ? gcpWorkloadIdentityMember(p.projectId, i) : serviceAccountSubject(i);
      const { subjects } = trustOf(json, p.cloud, i.name);
      return unless(same(subjects, [subject]), `identity ${i.name} trusts ${JSON.stringify(subjects)}, not ${subject}`);
    }),
  ];
};

export const STACK_CHECKS: Record<string, StackCheck> = {
  checkovRules,
  privateAccess,
  encryption,
  deletionProtection,
  logging,
  identityTrust,
};
