/**
 * How dist/<target>/ is laid out. Every folder is one Argo CD child Application, synced in the
 * wave given here; `apps/` holds the AppProject and the Applications themselves, and `bootstrap/`
 * the root Application that is applied once by hand.
 */
export const FOLDERS = {
  /** Platform namespaces, their pod-security labels, quotas, RBAC and network policies. */
  platform: { wave: 0, description: 'platform namespaces, RBAC, quotas and network policies' },
  /** ClusterSecretStore, ClusterIssuers, Crossplane provider packages (CRDs of operators exist by now). */
  security: { wave: 2, description: 'secret store, certificate issuers and Crossplane providers' },
  /** ExternalSecrets and Certificates of the platform namespaces. */
  secrets: { wave: 3, description: 'ExternalSecrets and Certificates of the platform' },
  /** Platform cluster with member clusters: their Argo CD cluster Secrets (ExternalSecrets) and the ApplicationSet of their roots. */
  fleet: { wave: 3, description: 'member clusters of the fleet: cluster Secrets and their ApplicationSet' },
  /** Operator-managed data services: Kafka, Temporal, Ray, Crossplane configuration. */
  data: { wave: 4, description: 'operator-managed data services' },
  /** First-party services. */
  workloads: { wave: 5, description: 'first-party services' },
  /** Alerting rules. */
  monitoring: { wave: 5, description: 'Prometheus alerting rules' },
  /** One file per tenant in one subfolder per shard (one Application each): namespace, quota, RBAC, policies, secrets, certificate, ingress, claims. */
  tenants: { wave: 6, description: 'tenant namespaces' },
} as const;

export type FolderName = keyof typeof FOLDERS;

/** Folder of Argo CD objects (AppProject + child Applications); synced by the root Application. */
export const APPS_FOLDER = 'apps';
/** Folder with the root Application, applied once with kubectl. */
export const BOOTSTRAP_FOLDER = 'bootstrap';
