import { POD_SECURITY_EXCEPTIONS, POD_SECURITY_VERSION, type PodSecurityException, type PodSecurityLevel } from '../../config/namespaces';

/** The Pod Security Admission labels of a namespace: enforce, audit and warn, each pinned. */
export function podSecurityLabels(level: PodSecurityLevel): Record<string, string> {
  const labels: Record<string, string> = {};
  // Audit and warn stay at restricted so an excepted namespace still reports what it lacks.
  for (const [mode, value] of [
    ['enforce', level],
    ['audit', 'restricted'],
    ['warn', 'restricted'],
  ] as const) {
    labels[`pod-security.kubernetes.io/${mode}`] = value;
    labels[`pod-security.kubernetes.io/${mode}-version`] = POD_SECURITY_VERSION;
  }
  return labels;
}

/** The Pod Security level enforced in a namespace (tenant namespaces are always `restricted`). */
export function podSecurityLevel(
  namespace: string,
  exceptions: readonly PodSecurityException[] = POD_SECURITY_EXCEPTIONS,
): PodSecurityLevel {
  return exceptions.find((e) => e.namespace === namespace)?.level ?? 'restricted';
}
