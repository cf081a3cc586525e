/**
 * Semantic diff of two cdktf stack outputs (`cdk.tf.json`): resources added, removed and changed,
 * with field paths, and warnings where Terraform would destroy a cluster, node pool, vault or data
 * store (removal, or a change to an attribute the provider marks "forces a new resource").
 */
import { type FieldChange, fieldChanges, under } from './field-diff';
import { type DiffColors, formatField, NO_COLORS } from './semantic-diff';

/**
 * Attributes whose change forces replacement, per resource type (from the provider docs,
 * "Changing this forces a new resource to be created"; nested blocks as `block.attribute`).
 * Only types whose replacement hurts are listed; everything else is reported as a plain change.
 */
export const FORCES_REPLACEMENT: Readonly<Record<string, readonly string[]>> = {
  // azurerm 4.x; default_node_pool.vm_size rotates the pool only when temporary_name_for_rotation is set, so it is listed.
  azurerm_kubernetes_cluster: [
    'name',
    'location',
    'resource_group_name',
    'dns_prefix',
    'dns_prefix_private_cluster',
    'private_cluster_enabled',
    'node_resource_group',
    'disk_encryption_set_id',
    'kubelet_identity',
    'network_profile',
    'default_node_pool.vm_size',
    'default_node_pool.vnet_subnet_id',
    'default_node_pool.zones',
  ],
  azurerm_kubernetes_cluster_node_pool: [
    'name',
    'kubernetes_cluster_id',
    'vm_size',
    'zones',
    'os_type',
    'os_disk_type',
    'os_disk_size_gb',
    'vnet_subnet_id',
    'pod_subnet_id',
    'max_pods',
    'priority',
    'eviction_policy',
    'kubelet_config',
    'linux_os_config',
    'host_encryption_enabled',
    'fips_enabled',
    'ultra_ssd_enabled',
    'gpu_instance',
  ],
  azurerm_key_vault: ['name', 'location', 'resource_group_name', 'tenant_id'],
  azurerm_storage_account: ['name', 'location', 'resource_group_name', 'account_tier', 'is_hns_enabled'],
  azurerm_storage_container: ['name', 'storage_account_id', 'storage_account_name'],
  azurerm_resource_group: ['name', 'location'],
  azurerm_virtual_network: ['name', 'location', 'resource_group_name'],
  azurerm_subnet: ['name', 'resource_group_name', 'virtual_network_name'],
  azurerm_container_registry: ['name', 'location', 'resource_group_name'],
  azurerm_dns_zone: ['name', 'resource_group_name'],
  azurerm_user_assigned_identity: ['name', 'location', 'resource_group_name'],
  // aws 5.x/6.x
  aws_eks_cluster: [
    'name',
    'role_arn',
    'encryption_config',
    'kubernetes_network_config',
    'vpc_config.subnet_ids',
    'bootstrap_self_managed_addons',
  ],
  aws_eks_node_group: [
    'cluster_name',
    'node_group_name',
    'node_group_name_prefix',
    'node_role_arn',
    'subnet_ids',
    'instance_types',
    'ami_type',
    'capacity_type',
    'disk_size',
    'remote_access',
  ],
  aws_s3_bucket: ['bucket', 'bucket_prefix'],
  aws_vpc: ['cidr_block'],
  aws_subnet: ['vpc_id', 'cidr_block', 'availability_zone'],
  aws_secretsmanager_secret: ['name', 'name_prefix'],
  aws_kms_key: ['customer_master_key_spec', 'key_usage'],
  // google 6.x/7.x
  google_container_cluster: [
    'name',
    'location',
    'project',
    'network',
    'subnetwork',
    'private_cluster_config',
    'ip_allocation_policy',
    'networking_mode',
    'cluster_ipv4_cidr',
    'default_max_pods_per_node',
    'enable_autopilot',
  ],
  google_container_node_pool: [
    'name',
    'name_prefix',
    'cluster',
    'location',
    'project',
    'initial_node_count',
    'max_pods_per_node',
    'node_config.machine_type',
    'node_config.disk_size_gb',
    'node_config.disk_type',
    'node_config.guest_accelerator',
    'node_config.service_account',
    'node_config.oauth_scopes',
    'node_config.local_ssd_count',
  ],
  google_storage_bucket: ['name', 'location', 'project'],
  google_secret_manager_secret: ['secret_id', 'project', 'replication'],
  google_compute_network: ['name', 'project', 'auto_create_subnetworks'],
  google_compute_subnetwork: ['name', 'network', 'region', 'project'],
  google_kms_crypto_key: ['name', 'key_ring'],
};

interface ResourceChange {
  readonly change: 'added' | 'removed' | 'changed';
  /** `type.name` as in Terraform plans. */
  readonly address: string;
  readonly fields: readonly FieldChange[];
  readonly dangers: readonly string[];
  /** Disruptive but not destructive (e.g. a node pool rotated through its temporary pool). */
  readonly notes: readonly string[];
}

export interface StackDiff {
  readonly stack: string;
  readonly resources: readonly ResourceChange[];
  /** Changes outside `resource` (providers, backend, outputs, data sources), as field changes. */
  readonly other: readonly FieldChange[];
}

type TfJson = { resource?: Record<string, Record<string, Record<string, unknown>>>; [key: string]: unknown };

function resourcesOf(stack: TfJson): Map<string, Record<string, unknown>> {
  const result = new Map<string, Record<string, unknown>>();
  for (const [type, byName] of Object.entries(stack.resource ?? {})) {
    for (const [name, body] of Object.entries(byName)) {
      // "//" holds cdktf metadata (construct paths), not configuration.
      const { '//': _metadata, ...config } = body;
      result.set(`${type}.${name}`, config);
    }
  }
  return result;
}

function stripMetadata(stack: TfJson): Record<string, unknown> {
  const { resource: _resource, '//': _metadata, ...rest } = stack;
  return rest;
}

/** Field path without list indexes (`network_profile[0].pod_cidr` -> `network_profile.pod_cidr`). */
function attributePath(path: string): string {
  return path.replace(/\[\d+\]/g, '').replace(/\[name=[^\]]*\]/g, '');
}

export function diffStack(stack: string, before: TfJson, after: TfJson): StackDiff {
  const b = resourcesOf(before);
  const a = resourcesOf(after);
  const resources: ResourceChange[] = [];
  for (const address of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    const type = address.split('.')[0];
    const protectedType = type in FORCES_REPLACEMENT;
    const was = b.get(address);
    const now = a.get(address);
    if (was && !now) {
      resources.push({ change: 'removed', address, fields: [], dangers: protectedType ? [`destroys ${address}`] : [], notes: [] });
    } else if (!was && now) {
      resources.push({ change: 'added', address, fields: [], dangers: [], notes: [] });
    } else {
      const fields = fieldChanges(was, now);
      if (fields.length === 0) continue;
      let forcing = (FORCES_REPLACEMENT[type] ?? []).filter((attr) => fields.some((f) => under(attributePath(f.path), attr)));
      const notes: string[] = [];
      // With temporary_name_for_rotation, azurerm cycles the default pool through a temporary pool instead of replacing the cluster.
      const rotation =
        type === 'azurerm_kubernetes_cluster' &&
        (now as { default_node_pool?: { temporary_name_for_rotation?: string } }).default_node_pool?.temporary_name_for_rotation;
      if (rotation) {
        const rotated = forcing.filter((a) => a.startsWith('default_node_pool.'));
        forcing = forcing.filter((a) => !a.startsWith('default_node_pool.'));
        if (rotated.length > 0)
          notes.push(`rotates the default node pool through "${rotation}" (changed: ${rotated.join(', ')}): every system node is replaced`);
      }
      const dangers = forcing.length > 0 ? [`forces replacement of ${address} (changed: ${forcing.join(', ')})`] : [];
      resources.push({ change: 'changed', address, fields, dangers, notes });
    }
  }
  return { stack, resources: withRenames(resources, b, a), other: fieldChanges(stripMetadata(before), stripMetadata(after)) };
}

/**
 * A stateful resource removed under one address and added under another of the same type is most
 * likely a renamed construct: Terraform would destroy it and create a new one. Name both addresses
 * and the `moved` block that keeps it.
 */
function withRenames(
  resources: ResourceChange[],
  before: ReadonlyMap<string, Record<string, unknown>>,
  after: ReadonlyMap<string, Record<string, unknown>>,
): ResourceChange[] {
  const added = new Set(resources.filter((r) => r.change === 'added').map((r) => r.address));
  const pairs = new Map<string, string>();
  for (const r of resources) {
    const type = r.address.split('.')[0];
    if (r.change !== 'removed' || !(type in FORCES_REPLACEMENT)) continue;
    const candidates = [...added].filter((a) => a.startsWith(`${type}.`));
    if (candidates.length === 0) continue;
    const distance = (to: string) => fieldChanges(before.get(r.address), after.get(to)).length;
    const best = candidates.reduce((x, y) => (distance(y) < distance(x) ? y : x));
    pairs.set(r.address, best);
    added.delete(best);
  }
  if (pairs.size === 0) return resources;
  const movedTo = new Map([...pairs].map(([from, to]) => [to, from]));
  return resources.map((r) => {
    const to = pairs.get(r.address);
    if (to)
      return {
        ...r,
        dangers: [
          `address changes ${r.address} -> ${to} (a renamed construct): Terraform destroys ${r.address} and creates ${to}; if it is the same resource, add: moved { from = ${r.address}  to = ${to} }`,
        ],
      };
    const from = movedTo.get(r.address);
    return from ? { ...r, notes: [...r.notes, `replaces ${from} (see above) unless a moved block says it is the same resource`] } : r;
  });
}

export function formatStackDiff(diff: StackDiff, maxFields = 20, c: DiffColors = NO_COLORS): string[] {
  if (diff.resources.length === 0 && diff.other.length === 0) return [`terraform ${diff.stack}: no changes`];
  const count = (kind: string) => diff.resources.filter((r) => r.change === kind).length;
  const lines = [c.bold(`terraform ${diff.stack}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed`)];
  const mark = { added: c.green('+'), removed: c.red('-'), changed: c.yellow('~') } as const;
  for (const r of diff.resources) {
    lines.push(`  ${mark[r.change]} ${r.address}`);
    for (const f of r.fields.slice(0, maxFields)) lines.push(...formatField(f, '      ', c));
    if (r.fields.length > maxFields) lines.push(`      ... and ${r.fields.length - maxFields} more fields`);
    for (const d of r.dangers) lines.push(`      ${c.red(c.bold('DANGER:'))} ${d}`);
    for (const n of r.notes) lines.push(`      NOTE: ${n}`);
  }
  for (const f of diff.other.slice(0, maxFields)) lines.push(...formatField(f, '  ~ ', c));
  return lines;
}
