/**
 * The ESO provider block of a secret store, per secrets source: the target's cloud vault (Azure Key
 * Vault, AWS Secrets Manager, GCP Secret Manager, each through workload identity) or, for
 * dev-generated targets, Secrets a developer applies into matih-system (`npm run dev-secrets`).
 */
import { vaultLocation } from '../../../lib/model/outputs';
import type { TargetSpec } from '../../../config/types';
import {
  type ClusterSecretStoreSpecProvider,
  ClusterSecretStoreSpecProviderAwsService,
  ClusterSecretStoreSpecProviderAzurekvAuthType,
  ClusterSecretStoreSpecProviderAzurekvEnvironmentType,
  ClusterSecretStoreSpecProviderKubernetesServerCaProviderType,
} from '../../../imports/clustersecretstores-external-secrets.io';

/** Namespace the dev store reads developer-applied Secrets from (one of the platform namespaces). */
export const DEV_SECRETS_NAMESPACE = 'matih-system';

/** A ServiceAccount reference; `namespace` only for ClusterSecretStores (a SecretStore uses its own). */
export interface StoreServiceAccount {
  readonly name: string;
  readonly namespace?: string;
}

export interface VaultProviderProps {
  readonly target: TargetSpec;
  /** ServiceAccount federated to the cloud identity that may read this store's entries. */
  readonly serviceAccount: StoreServiceAccount;
  /** Tenant whose own vault (Azure) or prefix (AWS) the store reads. @default the platform vault */
  readonly tenant?: string;
}

/** Cloud vault provider of a target, authenticated by workload identity. */
export function vaultProvider(props: VaultProviderProps): ClusterSecretStoreSpecProvider {
  const { target, serviceAccount, tenant } = props;
  const location = vaultLocation(target, tenant);
  switch (location.cloud) {
    case 'azure': {
      const p = target.provider.cloud === 'azure' ? target.provider : undefined;
      return {
        azurekv: {
          vaultUrl: location.vaultUrl,
          tenantId: p?.tenantId,
          environmentType: ClusterSecretStoreSpecProviderAzurekvEnvironmentType.PUBLIC_CLOUD,
          // ESO reads the client id from the ServiceAccount's azure.workload.identity/client-id annotation.
          authType: ClusterSecretStoreSpecProviderAzurekvAuthType.WORKLOAD_IDENTITY,
          serviceAccountRef: serviceAccount,
        },
      };
    }
    case 'aws':
      return {
        aws: {
          service: ClusterSecretStoreSpecProviderAwsService.SECRETS_MANAGER,
          region: location.region,
          // The IAM role may only read this prefix; remote keys stay cloud-neutral (config/secret-keys.ts).
          prefix: location.prefix,
          // IRSA: ESO exchanges a token of this ServiceAccount for its eks.amazonaws.com/role-arn role.
          auth: { jwt: { serviceAccountRef: serviceAccount } },
        },
      };
    case 'gcp':
      return {
        gcpsm: {
          projectId: location.projectId,
          auth: {
            workloadIdentity: {
              serviceAccountRef: serviceAccount,
              clusterProjectId: location.projectId,
              clusterLocation: target.provider.cloud === 'gcp' ? target.provider.region : undefined,
              clusterName: target.cluster.name,
            },
          },
        },
      };
  }
}

export interface KubernetesProviderProps {
  /** Namespace whose Secrets the store reads. */
  readonly remoteNamespace: string;
  /** ServiceAccount whose token reads the Secrets; its Role allows `get` on exactly those names. */
  readonly serviceAccount: StoreServiceAccount;
  /** True for a ClusterSecretStore (its CA reference must name a namespace). */
  readonly clusterScoped: boolean;
}

/** ESO's kubernetes provider: Secrets of one namespace of this cluster, through the API server. */
export function kubernetesProvider(props: KubernetesProviderProps): ClusterSecretStoreSpecProvider {
  return {
    kubernetes: {
      remoteNamespace: props.remoteNamespace,
      server: {
        // kube-root-ca.crt exists in every namespace; a cluster-scoped store reads the remote namespace's copy.
        caProvider: {
          type: ClusterSecretStoreSpecProviderKubernetesServerCaProviderType.CONFIG_MAP,
          name: 'kube-root-ca.crt',
          key: 'ca.crt',
          namespace: props.clusterScoped ? props.remoteNamespace : undefined,
        },
      },
      auth: { serviceAccount: props.serviceAccount },
    },
  };
}

export type DevProviderProps = Omit<KubernetesProviderProps, 'remoteNamespace'>;

/** The dev store: ESO's kubernetes provider reading Secrets in matih-system. */
export function devProvider(props: DevProviderProps): ClusterSecretStoreSpecProvider {
  return kubernetesProvider({ ...props, remoteNamespace: DEV_SECRETS_NAMESPACE });
}
