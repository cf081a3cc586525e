/** Every rendered Namespace has Pod Security Admission enforcing `restricted` unless config/namespaces.ts records an exception. */
import { podSecurityLevel } from '../../model/pod-security';
import { type Finding, type GateContext, ofKind } from '../context';

export function namespacePodSecurityRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  for (const { file, object } of ofKind(ctx, 'Namespace', '')) {
    const expected = podSecurityLevel(object.metadata.name);
    const found = object.metadata.labels?.['pod-security.kubernetes.io/enforce'];
    if (found !== expected) {
      findings.push({
        file,
        object,
        message: `label pod-security.kubernetes.io/enforce must be "${expected}"${expected === 'restricted' ? ' (no exception in config/namespaces.ts)' : ''}, found ${found === undefined ? 'none' : `"${found}"`}`,
      });
    }
  }
  return findings;
}
