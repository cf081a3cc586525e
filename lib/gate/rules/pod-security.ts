/**
 * The restricted Pod Security Standard (https://kubernetes.io/docs/concepts/security/pod-security-standards/)
 * on every pod spec, wherever it sits (workloads, Jobs, CronJobs, RayCluster groups, any custom
 * resource embedding a pod template), plus a read-only root filesystem (except the containers of
 * WRITABLE_ROOT_EXCEPTIONS). A namespace with an
 * explicit exception in config/namespaces.ts is held to `baseline` instead.
 */
import { podSecurityLevel } from '../../model/pod-security';
import { writableRootAllowed } from '../exceptions';
import { asArray, type Finding, type GateContext, isObject, type Json, podSpecsOf } from '../context';

/** Volume types the restricted profile allows. */
const RESTRICTED_VOLUMES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);
const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);
const SECCOMP_OK = new Set(['RuntimeDefault', 'Localhost']);

/**
 * Problems of one pod spec (`spec` of a Pod, or `template.spec`) at `path`. `writableRoot` names
 * containers allowed a writable root filesystem (WRITABLE_ROOT_EXCEPTIONS).
 */
export function podSpecProblems(
  spec: Json,
  path: string,
  level: 'restricted' | 'baseline' | 'privileged' = 'restricted',
  writableRoot: (container: string) => boolean = () => false,
): string[] {
  if (level === 'privileged') return [];
  const problems: string[] = [];
  const restricted = level === 'restricted';
  for (const field of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
    if (spec[field] === true) problems.push(`${path}.${field}: must not be true`);
  }
  const pod = isObject(spec.securityContext) ? spec.securityContext : {};
  asArray(spec.volumes).forEach((volume, i) => {
    if (!isObject(volume)) return;
    const type = Object.keys(volume).find((k) => k !== 'name');
    if (type === 'hostPath') problems.push(`${path}.volumes[${i}]: hostPath volumes are forbidden`);
    else if (restricted && type && !RESTRICTED_VOLUMES.has(type))
      problems.push(`${path}.volumes[${i}]: volume type ${type} is not allowed by the restricted profile`);
  });
  asArray(pod.sysctls).forEach((s, i) => {
    if (isObject(s) && !SAFE_SYSCTLS.has(String(s.name)))
      problems.push(`${path}.securityContext.sysctls[${i}]: unsafe sysctl ${String(s.name)}`);
  });
  if (restricted && pod.runAsUser === 0) problems.push(`${path}.securityContext.runAsUser: must not be 0 (root)`);
  const podSeccomp = isObject(pod.seccompProfile) ? pod.seccompProfile.type : undefined;
  if (podSeccomp !== undefined && !SECCOMP_OK.has(String(podSeccomp)))
    problems.push(`${path}.securityContext.seccompProfile.type: ${String(podSeccomp)} is not RuntimeDefault or Localhost`);
  for (const field of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    asArray(spec[field]).forEach((container, i) => {
      if (!isObject(container)) return;
      const at = `${path}.${field}[${i}]`;
      const sc = isObject(container.securityContext) ? container.securityContext : {};
      const where = `${at} (${String(container.name)})`;
      if (sc.privileged === true) problems.push(`${where}: securityContext.privileged must not be true`);
      const caps = isObject(sc.capabilities) ? sc.capabilities : {};
      const added = asArray(caps.add)
        .map(String)
        .filter((c) => !restricted || c !== 'NET_BIND_SERVICE');
      for (const cap of added)
        if (restricted || !BASELINE_CAPABILITIES.has(cap)) problems.push(`${where}: capability ${cap} must not be added`);
      if (
        isObject(sc.seLinuxOptions) &&
        sc.seLinuxOptions.type !== undefined &&
        !['container_t', 'container_init_t', 'container_kvm_t'].includes(String(sc.seLinuxOptions.type))
      ) {
        problems.push(`${where}: seLinuxOptions.type ${String(sc.seLinuxOptions.type)} is not allowed`);
      }
      if (sc.procMount !== undefined && sc.procMount !== 'Default') problems.push(`${where}: procMount must be Default`);
      asArray(container.ports).forEach((p, j) => {
        if (isObject(p) && p.hostPort !== undefined && p.hostPort !== 0) problems.push(`${where}: ports[${j}].hostPort must not be set`);
      });
      const seccomp = isObject(sc.seccompProfile) ? sc.seccompProfile.type : undefined;
      if (seccomp !== undefined && !SECCOMP_OK.has(String(seccomp)))
        problems.push(`${where}: seccompProfile.type ${String(seccomp)} is not RuntimeDefault or Localhost`);
      if (!restricted) return;
      if (sc.allowPrivilegeEscalation !== false) problems.push(`${where}: securityContext.allowPrivilegeEscalation must be false`);
      if (!asArray(caps.drop).includes('ALL')) problems.push(`${where}: securityContext.capabilities.drop must include ALL`);
      if ((sc.runAsNonRoot ?? pod.runAsNonRoot) !== true)
        problems.push(`${where}: runAsNonRoot must be true (container or pod securityContext)`);
      if (sc.runAsUser === 0) problems.push(`${where}: securityContext.runAsUser must not be 0 (root)`);
      if (seccomp === undefined && podSeccomp === undefined)
        problems.push(`${where}: seccompProfile.type must be RuntimeDefault or Localhost (container or pod securityContext)`);
      if (sc.readOnlyRootFilesystem !== true && !writableRoot(String(container.name)))
        problems.push(`${where}: securityContext.readOnlyRootFilesystem must be true`);
    });
  }
  return problems;
}

/** Every pod spec of every object meets the profile of its namespace. */
export function podSecurityRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  for (const { file, object, spec, path } of podSpecsOf(ctx)) {
    const level = podSecurityLevel(object.metadata.namespace ?? '');
    const writableRoot = (container: string) => writableRootAllowed(object.apiVersion, object.kind, container);
    for (const message of podSpecProblems(spec, path, level, writableRoot)) findings.push({ file, object, message });
  }
  return findings;
}
