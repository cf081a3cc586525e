/**
 * Least privilege beyond wildcards: a Role or ClusterRole rule that grants a sensitive resource or
 * verb (Secrets, pods/exec and attach, ServiceAccount tokens, RBAC objects, webhook
 * configurations; bind/escalate/impersonate: config/api-access.ts) must be declared for every
 * subject bound to it (constructs/k8s/api-grants.ts: the model's `kubernetesApi`, tenant owners,
 * the secret readers), with the reason next to the declaration. Rendered Roles are never trusted
 * to declare themselves.
 */
import { IMPERSONATION_TARGETS, SENSITIVE_RESOURCES, SENSITIVE_VERBS } from '../../../config/api-access';
import type { ApiGrant, ApiPermission } from '../../../config/types';
import { declaredApiGrants } from '../../../constructs/k8s/api-grants';
import type { K8sObject } from '../../k8s/object';
import { asArray, type Finding, type GateContext, isObject, ofKind } from '../context';

const RBAC = 'rbac.authorization.k8s.io';

/** True when `list` of a group names `resource` (a `*` resource stands for all of them; `userextras/<key>` for `userextras`). */
const listsResource = (list: readonly string[] | undefined, resource: string) =>
  list !== undefined && (resource === '*' || list.includes(resource) || list.includes(resource.split('/')[0]));

/**
 * True when granting `verb` on `group/resource` is sensitive. A `*` verb counts only where one of the verbs it stands for
 * does something sensitive: on the sensitive resources, and impersonate on the identities (config/api-access.ts).
 */
export function isSensitiveGrant(group: string, resource: string, verb: string): boolean {
  if (SENSITIVE_VERBS.includes(verb) || group === '*') return true;
  const resources = SENSITIVE_RESOURCES[group];
  if (resources !== undefined && (resource === '*' || resources.includes(resource))) return true;
  return verb === '*' && listsResource(IMPERSONATION_TARGETS[group], resource);
}

interface Subject {
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
}

/** One sensitive (group, resource, verb) a rule grants, with the rule's resourceNames. */
interface SensitivePart {
  readonly rule: number;
  readonly group: string;
  readonly resource: string;
  readonly verb: string;
  readonly names: readonly string[];
}

const roleKey = (kind: string, namespace: string | undefined, name: string) => `${kind}/${namespace ?? ''}/${name}`;
const subjectKey = (s: Subject) => `${s.kind}/${s.kind === 'ServiceAccount' ? (s.namespace ?? '') : ''}/${s.name}`;

function describeSubject(s: Subject): string {
  return `${s.kind} ${s.kind === 'ServiceAccount' ? `${s.namespace ?? '?'}/` : ''}${s.name}`;
}

function strings(value: unknown): string[] {
  return asArray(value).map(String);
}

/** The sensitive parts of a Role's rules; linear in the size of the rules. */
function sensitiveParts(role: K8sObject): SensitivePart[] {
  const parts: SensitivePart[] = [];
  asArray(role.rules).forEach((rule, i) => {
    if (!isObject(rule)) return;
    const names = strings(rule.resourceNames);
    for (const group of strings(rule.apiGroups))
      for (const resource of strings(rule.resources))
        for (const verb of strings(rule.verbs))
          if (isSensitiveGrant(group, resource, verb)) parts.push({ rule: i, group, resource, verb, names });
  });
  return parts;
}

/** Whether a declared permission covers a granted part (names included) and says why. */
function covers(p: ApiPermission, part: SensitivePart): boolean {
  if (!p.apiGroups.includes(part.group) || !p.resources.includes(part.resource) || !p.verbs.includes(part.verb)) return false;
  if (p.resourceNames === undefined) return true;
  if (part.names.length === 0) return false;
  return p.resourceNames === 'by-name' || part.names.every((n) => (p.resourceNames as readonly string[]).includes(n));
}

/** Subjects of every binding, by the role they reference. */
function subjectsByRole(ctx: GateContext): Map<string, Subject[]> {
  const result = new Map<string, Subject[]>();
  for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
    for (const { object } of ofKind(ctx, kind, RBAC)) {
      const ref = isObject(object.roleRef) ? object.roleRef : {};
      const key = roleKey(String(ref.kind), ref.kind === 'Role' ? object.metadata.namespace : undefined, String(ref.name));
      const list = result.get(key) ?? [];
      for (const s of asArray(object.subjects)) {
        if (!isObject(s)) continue;
        const namespace = s.kind === 'ServiceAccount' ? String(s.namespace ?? object.metadata.namespace) : undefined;
        list.push({ kind: String(s.kind), name: String(s.name), namespace });
      }
      result.set(key, list);
    }
  }
  return result;
}

function grantIndex(grants: readonly ApiGrant[]): Map<string, ApiGrant> {
  const index = new Map<string, ApiGrant>();
  for (const g of grants) index.set(`${roleKey(g.roleKind, g.namespace, g.role)}|${subjectKey(g.subject)}`, g);
  return index;
}

export function sensitiveApiRule(ctx: GateContext): Finding[] {
  const findings: Finding[] = [];
  const declared = grantIndex(ctx.model ? declaredApiGrants(ctx.model) : []);
  let subjects: Map<string, Subject[]> | undefined;
  for (const kind of ['Role', 'ClusterRole']) {
    for (const { file, object } of ofKind(ctx, kind, RBAC)) {
      const parts = sensitiveParts(object);
      if (parts.length === 0) continue;
      subjects ??= subjectsByRole(ctx);
      const key = roleKey(kind, kind === 'Role' ? object.metadata.namespace : undefined, object.metadata.name);
      const holders = subjects.get(key) ?? [];
      const what = (part: SensitivePart) =>
        `rules[${part.rule}]: grants ${part.verb} on ${part.group === '' ? '' : `${part.group}/`}${part.resource}`;
      if (holders.length === 0) {
        findings.push({ file, object, message: `${what(parts[0])}, but no binding names the role: declare who holds it` });
        continue;
      }
      for (const subject of holders) {
        const grant = declared.get(`${key}|${subjectKey(subject)}`);
        const reported = new Set<number>();
        for (const part of parts) {
          if (reported.has(part.rule)) continue;
          const covering = grant?.permissions.find((p) => covers(p, part));
          let problem: string | undefined;
          if (!grant)
            problem = `to ${describeSubject(subject)}, which the model does not declare (a sensitive grant needs a declaration with a reason: components.<name>.kubernetesApi, constructs/k8s/api-grants.ts)`;
          else if (!covering) problem = `to ${describeSubject(subject)}, beyond its declaration in ${grant.declaredAt}`;
          else if (!covering.reason || covering.reason.trim() === '')
            problem = `to ${describeSubject(subject)}, declared in ${grant.declaredAt} without a reason: state why next to the declaration`;
          if (problem) {
            reported.add(part.rule);
            findings.push({ file, object, message: `${what(part)} ${problem}` });
          }
        }
      }
    }
  }
  return findings;
}
