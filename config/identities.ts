import type { PlatformNamespace } from './types';

/**
 * Cloud workload identities: a Kubernetes ServiceAccount that federates to a cloud identity.
 * The cloud app creates the identity and its trust for `system:serviceaccount:<namespace>:<serviceAccount>`;
 * the Kubernetes app annotates that same ServiceAccount. A test cross-checks the two outputs.
 */
export interface WorkloadIdentity {
  /** Short name, used in cloud resource names (`<cluster>-<name>`). */
  readonly name: string;
  readonly namespace: PlatformNamespace;
  readonly serviceAccount: string;
  /** What it may do; each cloud maps this to its least-privilege role. */
  readonly permission: 'vault-read' | 'dns-zone-write' | 'cloud-provisioning' | 'object-storage';
}

export const WORKLOAD_IDENTITIES: readonly WorkloadIdentity[] = [
  { name: 'external-secrets', namespace: 'matih-system', serviceAccount: 'external-secrets', permission: 'vault-read' },
  { name: 'cert-manager', namespace: 'matih-system', serviceAccount: 'cert-manager', permission: 'dns-zone-write' },
  { name: 'external-dns', namespace: 'matih-system', serviceAccount: 'external-dns', permission: 'dns-zone-write' },
  { name: 'crossplane', namespace: 'matih-system', serviceAccount: 'crossplane-provider', permission: 'cloud-provisioning' },
  {
    name: 'infrastructure-service',
    namespace: 'matih-control-plane',
    serviceAccount: 'infrastructure-service',
    permission: 'cloud-provisioning',
  },
  { name: 'ml-service', namespace: 'matih-data-plane', serviceAccount: 'ml-service', permission: 'object-storage' },
];
