/**
 * Kubernetes version of every cluster. The fact sheet's 1.29 [AKS][ORCH] is out of support on AKS,
 * EKS and GKE in 2026; 1.34 is supported on all three and within the ESO 2.x and Argo CD 3.5 test
 * ranges. Manifests are still validated against the 1.29 API (the platform's documented floor).
 */
export const KUBERNETES_VERSION = '1.34';

/** Cluster network layout shared by every target (fact sheet §12: service CIDR 10.1.0.0/16, DNS 10.1.0.10). */
export const NETWORK = {
  vnetCidr: '10.0.0.0/14',
  nodeCidr: '10.0.0.0/16',
  podCidr: '10.2.0.0/16',
  serviceCidr: '10.1.0.0/16',
  dnsServiceIp: '10.1.0.10',
  masterCidr: '172.16.0.0/28',
  // Inside vnetCidr, outside the node, pod and service ranges: pods reach the AKS API server here.
  apiServerCidr: '10.3.0.0/28',
  // Inside vnetCidr, outside every range above: Azure private endpoints (one address per vault, so
  // about 1,000 tenants per target) and the AWS interface endpoints (a secondary VPC range).
  privateEndpointCidr: '10.3.4.0/22',
  // The top /26 of nodeCidr (nodes take addresses from the bottom): internal load balancers through
  // which member clusters reach the control plane (fleet endpoints).
  fleetEndpointCidr: '10.0.255.192/26',
} as const;

/**
 * Operator networks (VPN egress) allowed to reach a public API endpoint; only targets whose
 * environment keeps one (settings.cloud.publicApiEndpoint: dev) list them.
 */
export const ADMIN_CIDRS = ['203.0.113.0/24'] as const;

export const COST_CENTER = 'CC-PLATFORM';
