import { DnsZone } from '@cdktf/provider-azurerm/lib/dns-zone';
import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { MonitorDiagnosticSetting } from '@cdktf/provider-azurerm/lib/monitor-diagnostic-setting';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { StorageContainer } from '@cdktf/provider-azurerm/lib/storage-container';
import type { TerraformStack } from 'cdktf';
import { azureBackupContainer } from '../../../lib/clouds/azure';
import { protect } from '../common/stateful';
import type { AzureContext } from './context';
import type { AzureNetwork } from './network';
import { type AzurePrivateLink, privateEndpoint } from './private-link';

/** Container the ml-service identity may write (its only storage permission). */
export const ML_CONTAINER = 'ml-artifacts';

export interface AzureData {
  readonly zone: DnsZone;
  readonly vault: KeyVault;
  readonly storage: StorageAccount;
  readonly mlContainer: StorageContainer;
  /** One container per backed-up data service (config/identities.ts `backupOf`), keyed by service. */
  readonly backupContainers: ReadonlyMap<string, StorageContainer>;
}

interface VaultOptions {
  readonly name: string;
  readonly logs: LogAnalyticsWorkspace;
  /** Extra tags (e.g. the tenant). @default none */
  readonly tags?: Record<string, string>;
}

/** A hardened Key Vault: RBAC only, purge protection, soft delete, private endpoint only, audit logs. */
export function hardenedKeyVault(
  stack: TerraformStack,
  id: string,
  ctx: AzureContext,
  net: AzureNetwork,
  link: AzurePrivateLink,
  options: VaultOptions,
): KeyVault {
  const vault = new KeyVault(stack, id, {
    name: options.name,
    location: ctx.location,
    resourceGroupName: net.resourceGroup.name,
    tenantId: ctx.azure.tenantId,
    skuName: 'standard',
    // Azure RBAC instead of access policies, so grants are role assignments scoped per identity.
    rbacAuthorizationEnabled: true,
    // Deleted secrets stay recoverable for 90 days and cannot be purged early.
    purgeProtectionEnabled: true,
    softDeleteRetentionDays: 90,
    // No public endpoint: reached only through its private endpoint in the cluster VNet (Terraform
    // manages the vault through Resource Manager, never its data plane).
    publicNetworkAccessEnabled: false,
    networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices' },
    tags: options.tags,
  });
  protect(vault);
  privateEndpoint(stack, `${id}_endpoint`, ctx, net, link, {
    name: options.name,
    resourceId: vault.id,
    subresource: 'vault',
    tags: options.tags,
  });
  // Every secret read is audited.
  new MonitorDiagnosticSetting(stack, `${id}_diagnostics`, {
    name: 'key-vault-audit',
    targetResourceId: vault.id,
    logAnalyticsWorkspaceId: options.logs.id,
    enabledLog: [{ category: 'AuditEvent' }],
  });
  return vault;
}

export function azureData(
  stack: TerraformStack,
  ctx: AzureContext,
  net: AzureNetwork,
  link: AzurePrivateLink,
  logs: LogAnalyticsWorkspace,
): AzureData {
  const { target, azure, location } = ctx;
  const rg = net.resourceGroup.name;
  const zone = protect(new DnsZone(stack, 'dns_zone', { name: target.domain, resourceGroupName: rg }));
  const vault = hardenedKeyVault(stack, 'key_vault', ctx, net, link, { name: azure.keyVaultName, logs });
  const storage = new StorageAccount(stack, 'storage', {
    name: azure.storageAccountName,
    location,
    resourceGroupName: rg,
    accountTier: 'Standard',
    accountKind: 'StorageV2',
    // Zone-redundant in production, local elsewhere.
    accountReplicationType: ctx.settings.azure.storageReplication,
    // TLS 1.2+, HTTPS only, no anonymous blob access.
    minTlsVersion: 'TLS1_2',
    httpsTrafficOnlyEnabled: true,
    allowNestedItemsToBePublic: false,
    // Entra ID auth only: no shared keys or SAS tokens signed with them, no SFTP/local users.
    sharedAccessKeyEnabled: false,
    defaultToOauthAuthentication: true,
    localUserEnabled: false,
    sftpEnabled: false,
    // Second encryption layer at rest; no replication to other tenants.
    infrastructureEncryptionEnabled: true,
    crossTenantReplicationEnabled: false,
    // No public endpoint: blobs are reached through the private endpoint in the cluster VNet.
    publicNetworkAccessEnabled: false,
    networkRules: { defaultAction: 'Deny', bypass: ['AzureServices'] },
    // Overwritten or deleted blobs stay recoverable.
    blobProperties: { versioningEnabled: true, deleteRetentionPolicy: { days: 30 }, containerDeleteRetentionPolicy: { days: 30 } },
  });
  protect(storage);
  privateEndpoint(stack, 'storage_endpoint', ctx, net, link, {
    name: azure.storageAccountName,
    resourceId: storage.id,
    subresource: 'blob',
  });
  const mlContainer = new StorageContainer(stack, 'storage_ml', {
    name: ML_CONTAINER,
    storageAccountId: storage.id,
    containerAccessType: 'private',
  });
  // Backups of each stateful data service in its own container, so each backup identity is scoped to its own.
  const backupContainers = new Map<string, StorageContainer>();
  for (const service of [...new Set(ctx.model.identities.flatMap((i) => (i.backupOf ? [i.backupOf] : [])))].sort()) {
    const container = new StorageContainer(stack, `storage_backup_${service.replace(/-/g, '_')}`, {
      name: azureBackupContainer(service),
      storageAccountId: storage.id,
      containerAccessType: 'private',
    });
    backupContainers.set(service, protect(container, ctx.settings.deletionProtection));
  }
  return { zone, vault, storage, mlContainer, backupContainers };
}
