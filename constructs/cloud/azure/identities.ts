import { FederatedIdentityCredential } from '@cdktf/provider-azurerm/lib/federated-identity-credential';
import type { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import type { TerraformStack } from 'cdktf';
import { azureIdentityName } from '../../../lib/clouds/azure';
import { type FederatedIdentity, serviceAccountSubject } from '../../../lib/clouds';
import { protect } from '../common/stateful';
import { type AzureContext, ROLES } from './context';
import type { AzureData } from './data';
import type { AzureNetwork } from './network';
import type { AzureTenant } from './tenants';

/** Audience the AKS workload identity webhook requests tokens for. */
export const AZURE_TOKEN_AUDIENCE = 'api://AzureADTokenExchange';

function grants(
  identity: FederatedIdentity,
  data: AzureData,
  tenants: Map<string, AzureTenant>,
  tenantResources: ResourceGroup,
): Array<{ role: string; scope: string; what: string }> {
  switch (identity.permission) {
    case 'vault-read':
      return [{ role: ROLES.secretsUser, scope: data.vault.id, what: 'platform_vault' }];
    case 'tenant-vault-read': {
      const tenant = tenants.get(identity.tenant ?? '');
      if (!tenant) throw new Error(`identity ${identity.name}: tenant not on this target`);
      return [{ role: ROLES.secretsUser, scope: tenant.vault.id, what: 'tenant_vault' }];
    }
    case 'dns-zone-write':
      return [
        { role: ROLES.dnsZoneContributor, scope: data.zone.id, what: 'platform_zone' },
        // A dedicated cluster's tenant zone is the platform zone of its stack: granted once.
        ...[...tenants]
          .filter(([, t]) => t.zone !== data.zone)
          .map(([slug, t]) => ({ role: ROLES.dnsZoneContributor, scope: t.zone.id, what: `zone_${slug.replace(/-/g, '_')}` })),
      ];
    case 'cloud-provisioning':
      return [{ role: ROLES.contributor, scope: tenantResources.id, what: 'tenant_resources' }];
    case 'object-storage':
      return [{ role: ROLES.blobDataContributor, scope: data.mlContainer.id, what: 'ml_container' }];
    case 'backup-write': {
      // Read, write and delete (retention) blobs of its own service's backup container only.
      const container = data.backupContainers.get(identity.backupOf ?? '');
      if (!container) throw new Error(`identity ${identity.name}: no backup container for "${identity.backupOf}"`);
      return [{ role: ROLES.blobDataContributor, scope: container.id, what: 'backup_container' }];
    }
  }
}

/** User-assigned identities federated to ServiceAccounts, each with least-privilege role assignments. */
export function azureIdentities(
  stack: TerraformStack,
  ctx: AzureContext,
  net: AzureNetwork,
  cluster: KubernetesCluster,
  data: AzureData,
  tenants: Map<string, AzureTenant>,
): Map<string, UserAssignedIdentity> {
  // Crossplane and infrastructure-service create tenant resources only in this group, never elsewhere.
  const tenantResources = protect(
    new ResourceGroup(stack, 'tenant_resources', { name: `${ctx.resourceGroupName}-tenants`, location: ctx.location }),
    ctx.settings.deletionProtection,
  );
  const result = new Map<string, UserAssignedIdentity>();
  for (const identity of ctx.model.identities) {
    const id = identity.name.replace(/-/g, '_');
    const uai = new UserAssignedIdentity(stack, `identity_${id}`, {
      name: azureIdentityName(ctx.target, identity),
      location: ctx.location,
      resourceGroupName: net.resourceGroup.name,
    });
    // Trusts exactly one ServiceAccount of this cluster's OIDC issuer.
    new FederatedIdentityCredential(stack, `identity_${id}_federation`, {
      name: `${identity.namespace}-${identity.serviceAccount}`,
      resourceGroupName: net.resourceGroup.name,
      parentId: uai.id,
      issuer: cluster.oidcIssuerUrl,
      subject: serviceAccountSubject(identity),
      audience: [AZURE_TOKEN_AUDIENCE],
    });
    for (const grant of grants(identity, data, tenants, tenantResources)) {
      new RoleAssignment(stack, `identity_${id}_${grant.what}`, {
        scope: grant.scope,
        roleDefinitionName: grant.role,
        principalId: uai.principalId,
        principalType: 'ServicePrincipal',
      });
    }
    result.set(identity.name, uai);
  }
  return result;
}
