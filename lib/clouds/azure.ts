/** Azure: AKS workload identity, Key Vault per tenant, Azure DNS, provider-upjet-azure. */
import type { TargetSpec } from '../../config/types';
import {
  ClusterProviderConfig,
  ClusterProviderConfigSpecCredentialsSource,
} from '../../imports/azureclusterproviderconfigs-azure.m.upbound.io';
import { ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment } from '../../imports/clusterissuers-cert-manager.io';
import {
  ClusterSecretStoreSpecProviderAzurekvAuthType,
  ClusterSecretStoreSpecProviderAzurekvEnvironmentType,
} from '../../imports/clustersecretstores-external-secrets.io';
import { type FederatedIdentity, PLACEHOLDER_CLIENT_ID, shortHash } from './identities';
import { aksAllocatable, CRITICAL_ADDONS_ONLY, type NodeProfile, wellKnownLabels } from './nodes';
import {
  ANY_ADDRESS,
  type IdentityNetworkProfile,
  type NetworkEndpoint,
  type CloudProfile,
  ELASTICSEARCH_CONFIG_DIR,
  EXEC_API_VERSION,
  FLEET_TLS,
  fleetEndpointHost,
  fleetEndpointHosts,
  providerOf,
  backupOf,
  type VaultLocation,
} from './profile';

const AZURE_CLIENT_ID_ANNOTATION = 'azure.workload.identity/client-id';
/** Pod label the Azure workload identity webhook needs to inject the federated token. */
export const AZURE_USE_LABEL = 'azure.workload.identity/use';

/** Pod annotation holding external-dns's azure.json (projected into the file by the downward API). */
const EXTERNAL_DNS_AZURE_CONFIG_ANNOTATION = 'matih.ai/external-dns-azure-json';

/** Azure user-assigned identity name (resource group scoped, so readable names suffice). */
export function azureIdentityName(target: TargetSpec, identity: Pick<FederatedIdentity, 'name'>): string {
  return `id-${target.cluster.name}-${identity.name}`;
}

function vaultLocation(target: TargetSpec, tenant?: string): VaultLocation {
  const p = providerOf(target, 'azure');
  // Key Vault names are global, 3-24 characters, letters/digits/single hyphens.
  const name = tenant ? `kv-${tenant.slice(0, 12).replace(/-+$/, '')}-${shortHash(`${target.name}/${tenant}`, 8)}` : p.keyVaultName;
  return { cloud: 'azure', keyVaultName: name, vaultUrl: `https://${name}.vault.azure.net/` };
}

/**
 * AKS labels every node with its agent pool and mode (https://learn.microsoft.com/azure/aks/use-labels),
 * zones as `<location>-<n>`; `only_critical_addons_enabled` taints the pool
 * `CriticalAddonsOnly=true:NoSchedule` (https://learn.microsoft.com/azure/aks/use-system-pools). AKS
 * installs GPU drivers but no device plugin (https://learn.microsoft.com/azure/aks/use-nvidia-gpu).
 */
const nodes: NodeProfile = {
  labels(target, pool, zone) {
    const location = providerOf(target, 'azure').location;
    return {
      ...wellKnownLabels(pool, `${location}-${zone}`, location),
      agentpool: pool.name,
      'kubernetes.azure.com/agentpool': pool.name,
      'kubernetes.azure.com/mode': pool.criticalAddonsOnly ? 'system' : 'user',
      ...(pool.gpu ? { 'kubernetes.azure.com/accelerator': 'nvidia' } : {}),
    };
  },
  taints: (pool) => (pool.criticalAddonsOnly ? [CRITICAL_ADDONS_ONLY] : []),
  criticalAddonsTaint: 'cloud',
  installsNvidiaDevicePlugin: false,
  allocatable: aksAllocatable,
  reservationSource: 'https://learn.microsoft.com/azure/aks/node-resource-reservations',
};
/** Container of one service's backups in the platform storage account (one per service: Azure RBAC scopes to containers). */
export function azureBackupContainer(service: string): string {
  return `backup-${service}`;
}

/** Audience the AKS workload identity webhook requests tokens for (the federated credentials trust it). */
const AZURE_TOKEN_AUDIENCE = 'api://AzureADTokenExchange';

/**
 * AKS workload identity exchanges the projected ServiceAccount token with Microsoft Entra ID
 * (login.microsoftonline.com, public) itself, in the pod. Key Vaults (the platform's and every
 * tenant's) and the storage account have no public endpoint: their private endpoints sit in
 * `cluster.privateEndpointCidr`. DNS zones and the resources Crossplane manages go through Azure
 * Resource Manager (management.azure.com, public).
 */
const identityNetwork: IdentityNetworkProfile = {
  tokenEndpoints: () => [{ name: 'Microsoft Entra ID', cidrs: [ANY_ADDRESS], ports: [443] }],
  serviceEndpoints(target, permission) {
    const privateEndpoints = (what: string): NetworkEndpoint => ({ name: what, cidrs: [target.cluster.privateEndpointCidr], ports: [443] });
    switch (permission) {
      case 'vault-read':
      case 'tenant-vault-read':
        return [privateEndpoints('Key Vault private endpoints')];
      case 'object-storage':
      case 'backup-write':
        return [privateEndpoints('storage account private endpoint')];
      case 'dns-zone-write':
      case 'cloud-provisioning':
        return [{ name: 'Azure Resource Manager', cidrs: [ANY_ADDRESS], ports: [443] }];
    }
  },
};

export const azure: CloudProfile = {
  cloud: 'azure',
  // AKS's built-in classes (Azure Disk and Azure Files CSI drivers are on by default).
  storageClasses: {
    builtIn: [
      'default',
      'managed',
      'managed-csi',
      'managed-csi-premium',
      'managed-premium',
      'azurefile',
      'azurefile-csi',
      'azurefile-csi-premium',
      'azurefile-premium',
    ],
    builtInDefault: 'default',
    rendered: {},
  },
  // Incremental: each snapshot stores only the blocks changed since the previous one (full snapshots copy the whole disk).
  // No `resourceGroup`: the snapshots go to the cluster's node resource group, where the AKS cluster identity already
  // manages the disks; another group would need a role assignment of our own for the CSI driver's identity.
  volumeSnapshots: {
    driver: 'disk.csi.azure.com',
    parameters: { incremental: 'true' },
    location: "Azure managed disk snapshots in the cluster's node resource group (MC_*)",
  },
  identityAnnotation: AZURE_CLIENT_ID_ANNOTATION,
  identityKnownAfterApply: true,
  identityValue: (_target, _identity, recorded) => recorded?.clientId ?? PLACEHOLDER_CLIENT_ID,
  identityNetwork,
  identityPodLabels: { [AZURE_USE_LABEL]: 'true' },
  vaultLocation,
  secretStoreProvider(target, serviceAccount, tenant) {
    const location = vaultLocation(target, tenant) as Extract<VaultLocation, { cloud: 'azure' }>;
    return {
      azurekv: {
        vaultUrl: location.vaultUrl,
        tenantId: providerOf(target, 'azure').tenantId,
        environmentType: ClusterSecretStoreSpecProviderAzurekvEnvironmentType.PUBLIC_CLOUD,
        // ESO reads the client id from the ServiceAccount's azure.workload.identity/client-id annotation.
        authType: ClusterSecretStoreSpecProviderAzurekvAuthType.WORKLOAD_IDENTITY,
        serviceAccountRef: serviceAccount,
      },
    };
  },
  dns01Solver(target, certManager) {
    const p = providerOf(target, 'azure');
    // Azure workload identity (fact sheet §6 [PROVING]); the client id defaults to the pod's AZURE_CLIENT_ID.
    const clientId = certManager.annotations[AZURE_CLIENT_ID_ANNOTATION];
    return {
      azureDns: {
        subscriptionId: p.subscriptionId,
        resourceGroupName: p.resourceGroup,
        hostedZoneName: target.domain,
        environment: ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment.AZURE_PUBLIC_CLOUD,
        // The placeholder is not worth pinning in an issuer.
        ...(clientId && clientId !== PLACEHOLDER_CLIENT_ID ? { managedIdentity: { clientId } } : {}),
      },
    };
  },
  externalDnsValues(target) {
    const p = providerOf(target, 'azure');
    // external-dns reads its Azure settings from a JSON file (--azure-config-file, default /etc/kubernetes/azure.json).
    // Nothing in it is secret (the workload identity webhook injects the client id and the federated token), so the
    // file is projected from a pod annotation through the downward API instead of a Secret or an extra object.
    const config = {
      tenantId: p.tenantId,
      subscriptionId: p.subscriptionId,
      resourceGroup: p.resourceGroup,
      useWorkloadIdentityExtension: true,
    };
    return {
      provider: { name: 'azure' },
      podAnnotations: { [EXTERNAL_DNS_AZURE_CONFIG_ANNOTATION]: JSON.stringify(config) },
      extraVolumes: [
        {
          name: 'azure-config',
          downwardAPI: {
            items: [{ path: 'azure.json', fieldRef: { fieldPath: `metadata.annotations['${EXTERNAL_DNS_AZURE_CONFIG_ANNOTATION}']` } }],
          },
        },
      ],
      extraVolumeMounts: [{ name: 'azure-config', mountPath: '/etc/kubernetes', readOnly: true }],
    };
  },
  crossplane: {
    // Community builds of crossplane-contrib (Upbound's registry serves these versions to subscribers only);
    // v2.7.0 matches the provider-upjet-azure CRDs vendored in ../shared/crds.
    packages: [
      { name: 'provider-family-azure', package: 'xpkg.crossplane.io/crossplane-contrib/provider-family-azure:v2.7.0' },
      { name: 'provider-azure-storage', package: 'xpkg.crossplane.io/crossplane-contrib/provider-azure-storage:v2.7.0' },
    ],
    clusterProviderConfig(scope, id, { metadata, target, identity }) {
      const p = providerOf(target, 'azure');
      // The same value the ServiceAccount is annotated with (nil GUID until the cloud outputs are recorded).
      const clientId = identity.annotations[AZURE_CLIENT_ID_ANNOTATION] ?? PLACEHOLDER_CLIENT_ID;
      return new ClusterProviderConfig(scope, id, {
        metadata,
        spec: {
          credentials: { source: ClusterProviderConfigSpecCredentialsSource.OIDC_TOKEN_FILE },
          clientId,
          tenantId: p.tenantId,
          subscriptionId: p.subscriptionId,
        },
      });
    },
    bucketPrefix: () => '',
    bucketResources: (target) => [
      {
        name: 'container',
        apiVersion: 'storage.azure.m.upbound.io/v1beta1',
        kind: 'Container',
        forProvider: { storageAccountName: providerOf(target, 'azure').storageAccountName, containerAccessType: 'private' },
        namePatch: 'metadata.annotations[crossplane.io/external-name]',
      },
    ],
  },
  // An internal Azure load balancer per endpoint, on a fixed address of the node subnet (top of fleetEndpointCidr).
  fleetGateway: {
    addresses: (target, index) => [fleetEndpointHost(target, index)],
    maxEndpoints: fleetEndpointHosts,
    service: (target, index) => ({
      type: 'LoadBalancer',
      annotations: {
        'service.beta.kubernetes.io/azure-load-balancer-internal': 'true',
        'service.beta.kubernetes.io/azure-load-balancer-ipv4': fleetEndpointHost(target, index),
      },
    }),
  },
  // argocd-k8s-auth azure (kubelogin) with Entra workload identity; the webhook injects the token file and authority.
  fleetCluster: {
    entryKeys: ['server', 'caData', 'clientId'],
    config: (_member, platform) => ({
      execProviderConfig: {
        command: 'argocd-k8s-auth',
        args: ['azure'],
        apiVersion: EXEC_API_VERSION,
        env: {
          AAD_ENVIRONMENT_NAME: 'AzurePublicCloud',
          AAD_LOGIN_METHOD: 'workloadidentity',
          AZURE_CLIENT_ID: '{{ .clientId }}',
          AZURE_TENANT_ID: providerOf(platform, 'azure').tenantId,
        },
      },
      tlsClientConfig: FLEET_TLS,
    }),
  },
  nodes,
  backup: {
    location(target, service) {
      const account = providerOf(target, 'azure').storageAccountName;
      const container = azureBackupContainer(service);
      return { cloud: 'azure', account, container, url: `https://${account}.blob.core.windows.net/${container}` };
    },
    // DefaultAzureCredential picks up the workload identity the webhook injects (AZURE_CLIENT_ID, AZURE_FEDERATED_TOKEN_FILE).
    barmanCredentials: () => ({ azureCredentials: { useDefaultAzureCredentials: true } }),
    rclone(location) {
      const l = backupOf(location, 'azure');
      return {
        env: [
          { name: 'RCLONE_CONFIG_BACKUP_TYPE', value: 'azureblob' },
          { name: 'RCLONE_CONFIG_BACKUP_ACCOUNT', value: l.account },
          { name: 'RCLONE_CONFIG_BACKUP_ENV_AUTH', value: 'true' },
        ],
        destination: `backup:${l.container}`,
      };
    },
    elasticsearch(_target, location) {
      const l = backupOf(location, 'azure');
      return {
        repository: { type: 'azure', settings: { container: l.container, base_path: 'snapshots' } },
        token: {
          audience: AZURE_TOKEN_AUDIENCE,
          directory: `${ELASTICSEARCH_CONFIG_DIR}/repository-azure`,
          file: 'azure-federated-token-file',
        },
        keystore: { 'azure.client.default.account': l.account },
      };
    },
  },
};

/** The platform's Argo CD identity (a user-assigned identity in the platform's resource group). */
export function azureArgoCdIdentityName(platform: TargetSpec): string {
  return `id-${platform.cluster.name}-argocd`;
}
