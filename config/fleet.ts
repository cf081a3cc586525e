/**
 * The fleet: what runs on a member cluster (a dedicated tenant cluster or an extra shared cluster)
 * besides the tenants it hosts, and how it reaches the shared control plane on the platform cluster.
 */
import type { ServiceComponent } from './types';

/**
 * Planes that stay on the platform cluster only: the shared control plane, the frontends and the
 * docs site. A member cluster runs the data plane (fact sheet §3.2: tenant provisioning deploys the
 * data-plane services) with every data-infrastructure component they depend on, transitively.
 */
export const SHARED_PLANES: readonly ServiceComponent['plane'][] = ['control-plane', 'frontend', 'docs'];

/**
 * Components every member cluster runs whatever the data plane needs: the tenant objects it hosts
 * read secrets (external-secrets), get certificates and DNS records (cert-manager, external-dns),
 * routes (nginx-ingress) and buckets (crossplane); its services are scraped (the Prometheus operator);
 * its GPU pool gets the NVIDIA device plugin where the cloud runs none (left out elsewhere, as on
 * the platform: `cloudAddOn`).
 */
export const MEMBER_CLUSTER_ADD_ONS: readonly string[] = [
  'cert-manager',
  'external-secrets',
  'external-dns',
  'nginx-ingress',
  'crossplane',
  'prometheus-operator-crds',
  'kube-prometheus-stack',
  'nvidia-device-plugin',
];

/**
 * Control-plane services a member cluster reaches besides those its components depend on: the
 * gateway (fact sheet §3.1: the platform's API and the data-plane agent's reports go through it).
 */
export const EXTRA_CONTROL_PLANE_ENDPOINTS: readonly string[] = ['api-gateway'];

/** Labels of a cluster Secret and of everything the fleet renders per cluster (ApplicationSet selectors read them). */
export const FLEET_LABELS = {
  target: 'matih.ai/target',
  cluster: 'matih.ai/cluster',
  placement: 'matih.ai/placement',
  tenant: 'matih.ai/tenant',
  tier: 'matih.ai/tier',
} as const;
