/** Azure: AKS workload identity, Key Vault per tenant, Azure DNS, provider-upjet-azure. */
import type { TargetSpec } from '../../config/types';
import { ProviderConfigSpecCredentialsSource, toJson_ProviderConfigSpec } from '../../imports/azureproviderconfigs-azure.upbound.io';
import { ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment } from '../../imports/clusterissuers-cert-manager.io';
import {
  ClusterSecretStoreSpecProviderAzurekvAuthType,
  ClusterSecretStoreSpecProviderAzurekvEnvironmentType,
} from '../../imports/clustersecretstores-external-secrets.io';
import { cidrHost } from '../k8s/cidr';
import { type FederatedIdentity, PLACEHOLDER_CLIENT_ID, shortHash } from './identities';
import { type CloudProfile, EXEC_API_VERSION, FLEET_TLS, providerOf, type VaultLocation } from './profile';

export const AZURE_CLIENT_ID_ANNOTATION = 'azure.workload.identity/client-id';
/** Pod label the Azure workload identity webhook needs to inject the federated token. */
export const AZURE_USE_LABEL = 'azure.workload.identity/use';

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

export const azure: CloudProfile = {
  cloud: 'azure',
  identityAnnotation: AZURE_CLIENT_ID_ANNOTATION,
  identityKnownAfterApply: true,
  identityValue: (_target, _identity, recorded) => recorded?.clientId ?? PLACEHOLDER_CLIENT_ID,
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
  externalDnsValues: () => ({ provider: { name: 'azure' } }),
  crossplane: {
    // Community builds of crossplane-contrib (Upbound's registry serves these versions to subscribers only);
    // v2.7.0 matches the provider-upjet-azure CRDs vendored in ../shared/crds.
    packages: [
      { name: 'provider-family-azure', package: 'xpkg.crossplane.io/crossplane-contrib/provider-family-azure:v2.7.0' },
      { name: 'provider-azure-storage', package: 'xpkg.crossplane.io/crossplane-contrib/provider-azure-storage:v2.7.0' },
    ],
    managedGroup: 'azure.m.upbound.io',
    providerConfigSpec(target, identity) {
      const p = providerOf(target, 'azure');
      // The same value the ServiceAccount is annotated with (nil GUID until the cloud outputs are recorded).
      const clientId = identity.annotations[AZURE_CLIENT_ID_ANNOTATION] ?? PLACEHOLDER_CLIENT_ID;
      return toJson_ProviderConfigSpec({
        credentials: { source: ProviderConfigSpecCredentialsSource.OIDC_TOKEN_FILE },
        clientId,
        tenantId: p.tenantId,
        subscriptionId: p.subscriptionId,
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
    addresses: (target, index) => [cidrHost(target.cluster.fleetEndpointCidr, 48 + index)],
    service: (target, index) => ({
      type: 'LoadBalancer',
      annotations: {
        'service.beta.kubernetes.io/azure-load-balancer-internal': 'true',
        'service.beta.kubernetes.io/azure-load-balancer-ipv4': cidrHost(target.cluster.fleetEndpointCidr, 48 + index),
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
};

/** The platform's Argo CD identity (a user-assigned identity in the platform's resource group). */
export function azureArgoCdIdentityName(platform: TargetSpec): string {
  return `id-${platform.cluster.name}-argocd`;
}
