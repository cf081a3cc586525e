import { azureIdentityName } from '../../lib/clouds/azure';
import { federatedIdentities, serviceAccountSubject, vaultLocation } from '../../lib/clouds';
import { AKS_LOG_CATEGORIES } from '../../constructs/cloud/azure/cluster';
import { ML_CONTAINER } from '../../constructs/cloud/azure/data';
import { CONTAINER_INSIGHTS_STREAMS } from '../../constructs/cloud/azure/monitoring';
import { aksPrivateZoneName, PRIVATE_LINK_ZONES } from '../../constructs/cloud/azure/private-link';
import { cloudTags } from '../../constructs/cloud/common/tags';
import { inputFor, type Json, only, ref, resources, synth, taggableResources, targetsOf } from './helpers';
import { targetByName } from '../../lib/model/targets';

const AZURE = targetsOf('azure');

describe.each(AZURE)('Azure stack %s', (name) => {
  const target = targetByName(name);
  const provider = target.provider;
  if (provider.cloud !== 'azure') throw new Error('not azure');
  const s = synth(name);
  const aks = only(s.json, 'azurerm_kubernetes_cluster');
  const prod = target.environment === 'prod';

  it('names the cluster and pins the Kubernetes version from config', () => {
    expect(aks.name).toBe(target.cluster.name);
    expect(aks.name).toBe(`matih-${target.environment}`);
    expect(aks.kubernetes_version).toBe(target.cluster.kubernetesVersion);
    expect(aks.automatic_upgrade_channel).toBe('patch');
  });

  it('gives the API server a private VNet address in a delegated subnet inside the cluster network', () => {
    expect(aks.api_server_access_profile.virtual_network_integration_enabled).toBe(true);
    const subnet = Object.values(resources(s.json, 'azurerm_subnet')).find((sn) => sn.name === 'snet-apiserver')!;
    expect(subnet.address_prefixes).toEqual([target.cluster.apiServerCidr]);
    expect(subnet.delegation[0].service_delegation.name).toBe('Microsoft.ContainerService/managedClusters');
    expect(aks.api_server_access_profile.subnet_id).toContain('azurerm_subnet.subnet_apiserver');
  });

  it('exposes the API server publicly only under the recorded exception, and then only to the authorized CIDRs', () => {
    if (inputFor(name).settings.publicApiEndpoint) {
      expect(aks.private_cluster_enabled).toBe(false);
      expect(aks.api_server_access_profile.authorized_ip_ranges).toEqual(target.cluster.authorizedCidrs);
      expect(aks.api_server_access_profile.authorized_ip_ranges).not.toContain('0.0.0.0/0');
    } else {
      expect(aks.private_cluster_enabled).toBe(true);
      expect(aks.api_server_access_profile.authorized_ip_ranges).toBeUndefined();
    }
  });

  /** The zone of that name, checked to be linked (resolvable) from the cluster VNet. */
  const linkedZone = (zoneName: string): string => {
    const [id] = Object.entries(resources(s.json, 'azurerm_private_dns_zone')).find(([, z]) => z.name === zoneName) ?? [];
    expect({ zoneName, found: id !== undefined }).toEqual({ zoneName, found: true });
    const links = Object.values(resources(s.json, 'azurerm_private_dns_zone_virtual_network_link')).filter(
      (l) => l.private_dns_zone_name === ref('azurerm_private_dns_zone', id!, 'name'),
    );
    expect(links).toEqual([
      expect.objectContaining({ virtual_network_id: ref('azurerm_virtual_network', 'vnet'), registration_enabled: false }),
    ]);
    return id!;
  };

  it('reaches every Key Vault and the storage account only through a private endpoint registered in a zone linked to the VNet', () => {
    const endpoints = Object.entries(resources(s.json, 'azurerm_private_endpoint'));
    const subjects: Array<[string, string, keyof typeof PRIVATE_LINK_ZONES]> = [
      ...Object.keys(resources(s.json, 'azurerm_key_vault')).map((id) => ['azurerm_key_vault', id, 'vault'] as [string, string, 'vault']),
      ['azurerm_storage_account', 'storage', 'blob'],
    ];
    expect(endpoints).toHaveLength(subjects.length);
    for (const [type, id, subresource] of subjects) {
      const mine = endpoints.filter(([, pe]) => pe.private_service_connection.private_connection_resource_id === ref(type, id));
      expect({ id, endpoints: mine.length }).toEqual({ id, endpoints: 1 });
      const pe: Json = mine[0][1];
      expect(pe.private_service_connection).toMatchObject({ subresource_names: [subresource], is_manual_connection: false });
      expect(pe.subnet_id).toBe(ref('azurerm_subnet', 'subnet_private_endpoints'));
      expect(pe.private_dns_zone_group.private_dns_zone_ids).toEqual([
        ref('azurerm_private_dns_zone', linkedZone(PRIVATE_LINK_ZONES[subresource])),
      ]);
    }
    const subnet = resources(s.json, 'azurerm_subnet').subnet_private_endpoints;
    expect(subnet.address_prefixes).toEqual([target.cluster.privateEndpointCidr]);
    expect(only(s.json, 'azurerm_virtual_network').address_space).toContain(target.cluster.privateEndpointCidr);
    // No service endpoints: nothing reaches the vaults or the storage account over their public addresses.
    expect(resources(s.json, 'azurerm_subnet').subnet_nodes.service_endpoints).toBeUndefined();
  });

  it('runs the control plane as a user-assigned identity granted the VNet (and the private API zone) before the cluster exists', () => {
    const uai = ref('azurerm_user_assigned_identity', 'aks_control_plane_identity');
    expect(aks.identity).toEqual({ type: 'UserAssigned', identity_ids: [uai] });
    const grants = Object.entries(resources(s.json, 'azurerm_role_assignment')).filter(
      ([, g]) => g.principal_id === ref('azurerm_user_assigned_identity', 'aks_control_plane_identity', 'principal_id'),
    );
    const expected: Array<[string, string]> = [['Network Contributor', ref('azurerm_virtual_network', 'vnet')]];
    if (aks.private_cluster_enabled) {
      const zone = linkedZone(aksPrivateZoneName(provider.location));
      expect(aks.private_dns_zone_id).toBe(ref('azurerm_private_dns_zone', zone));
      expect(aks.private_cluster_public_fqdn_enabled).toBe(false);
      expected.push(['Private DNS Zone Contributor', ref('azurerm_private_dns_zone', zone)]);
      expect(aks.depends_on).toContain(`azurerm_private_dns_zone_virtual_network_link.${zone}_link`);
    } else {
      expect(aks.private_dns_zone_id).toBeUndefined();
    }
    expect(grants.map(([, g]) => [g.role_definition_name, g.scope]).sort()).toEqual(expected.sort());
    for (const [id] of grants) expect(aks.depends_on).toContain(`azurerm_role_assignment.${id}`);
  });

  it('keeps Terraform off the storage data plane (the account has no public endpoint)', () => {
    expect(s.json.provider.azurerm[0].features).toEqual([{ storage: [{ data_plane_available: false }] }]);
    expect(resources(s.json, 'azurerm_storage_container').storage_ml.storage_account_id).toBe(ref('azurerm_storage_account', 'storage'));
  });

  it('sends Container Insights to the Log Analytics workspace, kept as long as the model says', () => {
    const workspace = ref('azurerm_log_analytics_workspace', 'log_analytics');
    expect(aks.oms_agent).toEqual({ log_analytics_workspace_id: workspace, msi_auth_for_monitoring_enabled: true });
    expect(only(s.json, 'azurerm_log_analytics_workspace').retention_in_days).toBe(inputFor(name).settings.azure.logRetentionDays);
    const rule = only(s.json, 'azurerm_monitor_data_collection_rule');
    expect(rule.destinations.log_analytics).toEqual([{ name: 'workspace', workspace_resource_id: workspace }]);
    expect(rule.data_flow).toEqual([{ streams: [...CONTAINER_INSIGHTS_STREAMS], destinations: ['workspace'] }]);
    expect(rule.data_sources.extension[0]).toMatchObject({ extension_name: 'ContainerInsights', streams: [...CONTAINER_INSIGHTS_STREAMS] });
    expect(only(s.json, 'azurerm_monitor_data_collection_rule_association')).toMatchObject({
      target_resource_id: ref('azurerm_kubernetes_cluster', 'aks'),
      data_collection_rule_id: ref('azurerm_monitor_data_collection_rule', 'container_insights'),
    });
  });

  it('uses Entra ID RBAC with local accounts disabled', () => {
    expect(aks.local_account_disabled).toBe(true);
    expect(aks.role_based_access_control_enabled).toBe(true);
    expect(aks.azure_active_directory_role_based_access_control).toEqual({ azure_rbac_enabled: true, tenant_id: provider.tenantId });
  });

  it('enables OIDC issuer, workload identity and Azure Policy', () => {
    expect(aks.oidc_issuer_enabled).toBe(true);
    expect(aks.workload_identity_enabled).toBe(true);
    expect(aks.azure_policy_enabled).toBe(true);
  });

  it('uses Azure CNI with a network policy engine and the fact-sheet service CIDR', () => {
    expect(aks.network_profile).toMatchObject({
      network_plugin: 'azure',
      network_policy: 'calico',
      service_cidr: '10.1.0.0/16',
      dns_service_ip: '10.1.0.10',
    });
  });

  it('runs only critical add-ons on the system pool, with host encryption', () => {
    const system = target.cluster.nodePools.find((p) => p.name === 'system')!;
    expect(aks.default_node_pool).toMatchObject({
      name: 'system',
      vm_size: system.machineType,
      only_critical_addons_enabled: true,
      host_encryption_enabled: true,
      node_public_ip_enabled: false,
    });
    expect(aks.default_node_pool.node_count ?? aks.default_node_pool.min_count).toBe(system.min);
  });

  it('creates every user node pool with its taint and autoscaling range from config', () => {
    const pools = Object.values(resources(s.json, 'azurerm_kubernetes_cluster_node_pool'));
    const expected = target.cluster.nodePools.filter((p) => p.name !== 'system');
    expect(pools.map((p) => p.name).sort()).toEqual(expected.map((p) => p.name).sort());
    for (const spec of expected) {
      const pool = pools.find((p) => p.name === spec.name)!;
      expect(pool).toMatchObject({
        mode: 'User',
        vm_size: spec.machineType,
        auto_scaling_enabled: true,
        min_count: spec.min,
        max_count: spec.max,
        host_encryption_enabled: true,
      });
      expect(pool.node_taints).toEqual(spec.taints.map((t) => `${t.key}=${t.value}:${t.effect}`));
      expect(pool.node_labels).toEqual(spec.labels);
      expect(pool.zones).toEqual(spec.zones);
      expect(pool.kubernetes_cluster_id).toBe(ref('azurerm_kubernetes_cluster', 'aks'));
    }
  });

  it('sends every control-plane log category to Log Analytics', () => {
    const diag = resources(s.json, 'azurerm_monitor_diagnostic_setting').aks_diagnostics;
    expect(diag.target_resource_id).toBe(ref('azurerm_kubernetes_cluster', 'aks'));
    expect(diag.enabled_log.map((l: { category: string }) => l.category)).toEqual([...AKS_LOG_CATEGORIES]);
    expect(AKS_LOG_CATEGORIES).toContain('kube-audit-admin');
  });

  it("sends every Key Vault's audit events to Log Analytics", () => {
    const diagnostics = Object.values(resources(s.json, 'azurerm_monitor_diagnostic_setting'));
    for (const id of Object.keys(resources(s.json, 'azurerm_key_vault')))
      expect(diagnostics.filter((d) => d.target_resource_id === ref('azurerm_key_vault', id))).toEqual([
        expect.objectContaining({
          log_analytics_workspace_id: ref('azurerm_log_analytics_workspace', 'log_analytics'),
          enabled_log: [{ category: 'AuditEvent' }],
        }),
      ]);
  });

  it('grants AcrPull on the shared registry to the kubelet identity', () => {
    const pull = resources(s.json, 'azurerm_role_assignment').aks_acr_pull;
    expect(pull.role_definition_name).toBe('AcrPull');
    expect(pull.principal_id).toBe(ref('azurerm_kubernetes_cluster', 'aks', 'kubelet_identity[0].object_id'));
    expect(resources(s.json, 'azurerm_role_assignment').aks_acr_pull.scope).toContain('data.azurerm_resources.acr.resources');
    expect(s.json.data.azurerm_resources.acr).toMatchObject({ name: provider.acrName, type: 'Microsoft.ContainerRegistry/registries' });
  });

  it('hardens the Key Vault: RBAC, purge protection, soft delete, no public network access', () => {
    const kv = resources(s.json, 'azurerm_key_vault').key_vault;
    expect(kv).toMatchObject({
      name: provider.keyVaultName,
      rbac_authorization_enabled: true,
      purge_protection_enabled: true,
      soft_delete_retention_days: 90,
    });
    expect(kv.network_acls.default_action).toBe('Deny');
    expect(kv.public_network_access_enabled).toBe(false);
    expect(kv.lifecycle.prevent_destroy).toBe(true);
  });

  it('hardens the Storage Account: TLS 1.2, HTTPS only, no public blobs, versioning', () => {
    const st = only(s.json, 'azurerm_storage_account');
    expect(st).toMatchObject({
      name: provider.storageAccountName,
      min_tls_version: 'TLS1_2',
      https_traffic_only_enabled: true,
      allow_nested_items_to_be_public: false,
      shared_access_key_enabled: false,
      default_to_oauth_authentication: true,
      infrastructure_encryption_enabled: true,
      cross_tenant_replication_enabled: false,
      sftp_enabled: false,
    });
    expect(st.blob_properties).toMatchObject({
      versioning_enabled: true,
      delete_retention_policy: { days: expect.any(Number) },
      container_delete_retention_policy: { days: expect.any(Number) },
    });
    expect(st.blob_properties.delete_retention_policy.days).toBeGreaterThanOrEqual(7);
    expect(st.network_rules.default_action).toBe('Deny');
    expect(st.lifecycle.prevent_destroy).toBe(true);
  });

  it('creates the DNS zone for the target domain, protected from destroy', () => {
    const zone = resources(s.json, 'azurerm_dns_zone').dns_zone;
    expect(zone.name).toBe(target.domain);
    expect(zone.lifecycle.prevent_destroy).toBe(true);
  });

  it('gives every tenant of the target a child zone with NS delegation and its own vault', () => {
    const tenants = inputFor(name).tenants;
    expect(tenants.length).toBeGreaterThan(0);
    const zones = Object.values(resources(s.json, 'azurerm_dns_zone'));
    const ns = resources(s.json, 'azurerm_dns_ns_record');
    const vaults = Object.values(resources(s.json, 'azurerm_key_vault'));
    expect(zones).toHaveLength(tenants.length + 1);
    for (const t of tenants) {
      const id = t.slug.replace(/-/g, '_');
      const zone = resources(s.json, 'azurerm_dns_zone')[`tenant_${id}_zone`];
      expect(zone.name).toBe(`${t.slug}.${target.domain}`);
      expect(zone.lifecycle.prevent_destroy).toBe(true);
      expect(ns[`tenant_${id}_delegation`]).toMatchObject({
        name: t.slug,
        zone_name: ref('azurerm_dns_zone', 'dns_zone', 'name'),
        records: `\${tolist(azurerm_dns_zone.tenant_${id}_zone.name_servers)}`,
      });
      const location = vaultLocation(target, t.slug);
      const vault = vaults.find((v) => location.cloud === 'azure' && v.name === location.keyVaultName);
      expect(vault).toMatchObject({
        rbac_authorization_enabled: true,
        purge_protection_enabled: true,
        lifecycle: { prevent_destroy: true },
      });
      expect(vault!.name.length).toBeLessThanOrEqual(24);
    }
  });

  it('federates each identity to exactly its ServiceAccount with least-privilege role assignments', () => {
    const identities = federatedIdentities(inputFor(name).tenants);
    const uais = resources(s.json, 'azurerm_user_assigned_identity');
    const creds = resources(s.json, 'azurerm_federated_identity_credential');
    const grants = Object.values(resources(s.json, 'azurerm_role_assignment'));
    for (const identity of identities) {
      const id = `identity_${identity.name.replace(/-/g, '_')}`;
      expect(uais[id].name).toBe(azureIdentityName(target, identity));
      expect(creds[`${id}_federation`]).toMatchObject({
        subject: serviceAccountSubject(identity),
        issuer: ref('azurerm_kubernetes_cluster', 'aks', 'oidc_issuer_url'),
        audience: ['api://AzureADTokenExchange'],
        parent_id: ref('azurerm_user_assigned_identity', id),
      });
      const mine = grants.filter((g) => g.principal_id === ref('azurerm_user_assigned_identity', id, 'principal_id'));
      expect(mine.length).toBeGreaterThan(0);
      // Never subscription- or resource-group-wide except the dedicated tenant resource group.
      for (const g of mine) expect(g.scope).not.toMatch(/^\/subscriptions\//);
      const roles = mine.map((g) => `${g.role_definition_name}@${g.scope}`);
      switch (identity.permission) {
        case 'vault-read':
          expect(roles).toEqual([`Key Vault Secrets User@${ref('azurerm_key_vault', 'key_vault')}`]);
          break;
        case 'tenant-vault-read':
          expect(roles).toEqual([
            `Key Vault Secrets User@${ref('azurerm_key_vault', `tenant_${identity.tenant!.replace(/-/g, '_')}_vault`)}`,
          ]);
          break;
        case 'dns-zone-write':
          expect(roles.every((r) => r.startsWith('DNS Zone Contributor@${azurerm_dns_zone.'))).toBe(true);
          expect(roles).toHaveLength(inputFor(name).tenants.length + 1);
          break;
        case 'cloud-provisioning':
          expect(roles).toEqual([`Contributor@${ref('azurerm_resource_group', 'tenant_resources')}`]);
          break;
        case 'object-storage':
          expect(roles).toEqual([`Storage Blob Data Contributor@${ref('azurerm_storage_container', 'storage_ml')}`]);
          expect(resources(s.json, 'azurerm_storage_container').storage_ml.name).toBe(ML_CONTAINER);
          break;
      }
    }
  });

  it('protects every stateful resource from destroy (clusters in prod)', () => {
    for (const type of ['azurerm_key_vault', 'azurerm_storage_account', 'azurerm_dns_zone']) {
      for (const r of Object.values(resources(s.json, type))) expect(r.lifecycle?.prevent_destroy).toBe(true);
    }
    expect(aks.lifecycle?.prevent_destroy === true).toBe(prod);
  });

  it('tags every taggable resource', () => {
    const taggable = taggableResources(s, ['tags']);
    expect(taggable.length).toBeGreaterThan(10);
    for (const [type, id, body] of taggable) {
      expect({ type, id, tags: body?.tags }).toEqual({ type, id, tags: expect.objectContaining(cloudTags(target)) });
    }
  });

  it('uses the azurerm backend with the tfstate container and Entra auth', () => {
    expect(s.json.terraform.backend.azurerm).toEqual({
      resource_group_name: provider.state.resourceGroup,
      storage_account_name: provider.state.storageAccount,
      container_name: 'tfstate',
      key: `${name}.tfstate`,
      subscription_id: provider.subscriptionId,
      use_azuread_auth: true,
    });
  });

  it('pins Terraform and the azurerm provider', () => {
    expect(s.json.terraform.required_version).toBe('>= 1.6.0, < 2.0.0');
    expect(s.json.terraform.required_providers).toEqual({ azurerm: { source: 'hashicorp/azurerm', version: '4.55.0' } });
  });
});
