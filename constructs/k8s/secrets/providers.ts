/**
 * The ESO provider block of a secret store, per secrets source: the target's cloud vault (Azure Key
 * Vault, AWS Secrets Manager, GCP Secret Manager, each through workload identity) or, for
 * dev-generated targets, Secrets a developer applies into matih-system (`npm run dev-secrets`).
 */
import { profileOf, type StoreServiceAccount } from '../../../lib/clouds';
import type { TargetSpec } from '../../../config/types';
import {
  type ClusterSecretStoreSpecProvider,
  ClusterSecretStoreSpecProviderKubernetesServerCaProviderType,
} from '../../../imports/clustersecretstores-external-secrets.io';

/** Namespace the dev store reads developer-applied Secrets from (one of the platform namespaces). */
export const DEV_SECRETS_NAMESPACE = 'matih-system';

export type { StoreServiceAccount } from '../../../lib/clouds';

interface VaultProviderProps {
  readonly target: TargetSpec;
  /** ServiceAccount federated to the cloud identity that may read this store's entries. */
  readonly serviceAccount: StoreServiceAccount;
  /** Tenant whose own vault (Azure) or prefix (AWS, GCP) the store reads. @default the platform vault */
  readonly tenant?: string;
}

/** Cloud vault provider of a target, authenticated by workload identity (the target cloud's profile). */
export function vaultProvider(props: VaultProviderProps): ClusterSecretStoreSpecProvider {
  return profileOf(props.target).secretStoreProvider(props.target, props.serviceAccount, props.tenant);
}

interface KubernetesProviderProps {
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

type DevProviderProps = Omit<KubernetesProviderProps, 'remoteNamespace'>;

/** The dev store: ESO's kubernetes provider reading Secrets in matih-system. */
export function devProvider(props: DevProviderProps): ClusterSecretStoreSpecProvider {
  return kubernetesProvider({ ...props, remoteNamespace: DEV_SECRETS_NAMESPACE });
}
