/**
 * The sensitive-api gate rule: a Role that grants Secrets, pods/exec, tokens, RBAC objects,
 * webhook configurations or self-escalating verbs needs a declaration with a reason for each
 * subject bound to it. Small hand-made objects, plus the shipped infrastructure-service Role
 * given get/list/watch on Secrets.
 */
import type { ApiPermission, ResolvedTarget, ServiceComponent } from '../../config/types';
import { contextOf, type Located, RULES, runRules } from '../../lib/gate';
import { isSensitiveGrant } from '../../lib/gate/rules/sensitive-api';
import type { K8sObject } from '../../lib/k8s/object';
import { fixtureModel, service, TENANTS } from '../baseline/fixture';
import { shippedBuild } from '../support/render';

const rule = { 'sensitive-api': RULES['sensitive-api'] };
const RBAC = 'rbac.authorization.k8s.io/v1';
const NS = 'matih-control-plane';

function role(name: string, rules: unknown[], kind = 'Role', namespace: string | undefined = NS): K8sObject {
  return { apiVersion: RBAC, kind, metadata: { name, ...(namespace && kind === 'Role' ? { namespace } : {}) }, rules } as K8sObject;
}

function binding(name: string, subjects: unknown[], roleKind = 'Role', namespace: string | undefined = NS): K8sObject {
  const kind = roleKind === 'ClusterRole' && namespace === undefined ? 'ClusterRoleBinding' : 'RoleBinding';
  return {
    apiVersion: RBAC,
    kind,
    metadata: { name, ...(namespace ? { namespace } : {}) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name },
    subjects,
  } as K8sObject;
}

const sa = (name: string, namespace = NS) => ({ kind: 'ServiceAccount', name, namespace });

/** A model whose only Kubernetes-API user is `svc` with these permissions. */
function modelWith(permissions: readonly ApiPermission[] | undefined, tenants = TENANTS): ResolvedTarget {
  return fixtureModel({ components: { svc: service('svc', { kubernetesApi: permissions }) }, tenants });
}

function messages(objects: K8sObject[], model?: ResolvedTarget): string[] {
  const located: Located[] = objects.map((object) => ({ file: 'security/x.yaml', object }));
  return runRules(contextOf('test', located, undefined, model), rule).map((p) => `${p.object}: ${p.message}`);
}

const SECRETS_RULE = { apiGroups: [''], resources: ['secrets'], verbs: ['get'] };

describe('isSensitiveGrant', () => {
  test.each([
    ['', 'secrets', 'get', true],
    ['', 'pods/exec', 'create', true],
    ['', 'pods/attach', 'create', true],
    ['', 'serviceaccounts/token', 'create', true],
    ['rbac.authorization.k8s.io', 'clusterrolebindings', 'list', true],
    ['admissionregistration.k8s.io', 'mutatingwebhookconfigurations', 'patch', true],
    ['', 'serviceaccounts', 'impersonate', true],
    ['', '*', 'get', true],
    ['*', 'widgets', 'get', true],
    ['', 'secrets', '*', true],
    ['rbac.authorization.k8s.io', 'roles', '*', true],
    ['', 'serviceaccounts', '*', true],
    ['', 'users', '*', true],
    ['authentication.k8s.io', 'userextras/scopes', '*', true],
    ['apps', 'statefulsets', 'escalate', true],
    // `*` adds no bind, escalate or impersonate power where those verbs mean nothing.
    ['monitoring.coreos.com', 'alertmanagers', '*', false],
    ['apps', 'statefulsets', '*', false],
    ['', 'configmaps', '*', false],
    ['', 'pods', 'get', false],
    ['', 'configmaps', 'watch', false],
    ['apps', 'deployments', 'update', false],
    ['', 'pods/log', 'get', false],
  ])('%s/%s %s -> %s', (group, resource, verb, expected) => {
    expect(isSensitiveGrant(group, resource, verb)).toBe(expected);
  });
});

describe('sensitive-api', () => {
  test('an undeclared secret reader fails, naming the rule, verb, resource and subject', () => {
    expect(messages([role('svc', [SECRETS_RULE]), binding('svc', [sa('svc')])], modelWith(undefined))).toEqual([
      'Role matih-control-plane/svc: rules[0]: grants get on secrets to ServiceAccount matih-control-plane/svc, which the model does not declare (a sensitive grant needs a declaration with a reason: components.<name>.kubernetesApi, constructs/k8s/api-grants.ts)',
    ]);
  });

  test('a declaration with a reason passes; the same declaration without one fails', () => {
    const objects = [role('svc', [SECRETS_RULE]), binding('svc', [sa('svc')])];
    expect(messages(objects, modelWith([{ ...SECRETS_RULE, reason: 'reads its own TLS key' }]))).toEqual([]);
    expect(messages(objects, modelWith([SECRETS_RULE]))).toEqual([
      'Role matih-control-plane/svc: rules[0]: grants get on secrets to ServiceAccount matih-control-plane/svc, declared in components.svc.kubernetesApi without a reason: state why next to the declaration',
    ]);
    expect(messages(objects, modelWith([{ ...SECRETS_RULE, reason: '  ' }]))).toHaveLength(1);
  });

  test('a grant beyond the declaration fails: another verb, another resource, all names instead of some', () => {
    const declared = modelWith([{ ...SECRETS_RULE, resourceNames: ['a'], reason: 'reads secret a' }]);
    const bound = (rules: unknown[]) => messages([role('svc', rules), binding('svc', [sa('svc')])], declared);
    expect(bound([{ ...SECRETS_RULE, resourceNames: ['a'] }])).toEqual([]);
    expect(bound([{ ...SECRETS_RULE, resourceNames: ['a', 'b'] }])[0]).toContain('beyond its declaration in components.svc.kubernetesApi');
    expect(bound([SECRETS_RULE])[0]).toContain('rules[0]: grants get on secrets to ServiceAccount matih-control-plane/svc, beyond');
    expect(bound([{ ...SECRETS_RULE, verbs: ['get', 'list'], resourceNames: ['a'] }])[0]).toContain('grants list on secrets');
    expect(bound([{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }])[0]).toContain('grants create on pods/exec');
  });

  test('a declaration covers only the declared subject', () => {
    const model = modelWith([{ ...SECRETS_RULE, reason: 'why' }]);
    expect(messages([role('svc', [SECRETS_RULE]), binding('svc', [sa('svc'), sa('intruder')])], model)).toEqual([
      expect.stringContaining('to ServiceAccount matih-control-plane/intruder, which the model does not declare'),
    ]);
  });

  test('non-sensitive grants need no declaration', () => {
    const objects = [
      role('svc', [{ apiGroups: [''], resources: ['pods', 'configmaps'], verbs: ['get', 'list', 'watch'] }]),
      binding('svc', [sa('svc')]),
    ];
    expect(messages(objects)).toEqual([]);
  });

  test('RBAC objects, webhooks and escalating verbs on a ClusterRole are sensitive too', () => {
    const cr = role(
      'ops',
      [
        { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], verbs: ['escalate'] },
        { apiGroups: ['admissionregistration.k8s.io'], resources: ['validatingwebhookconfigurations'], verbs: ['create'] },
      ],
      'ClusterRole',
      undefined,
    );
    expect(messages([cr, binding('ops', [sa('ops')], 'ClusterRole', undefined)], modelWith(undefined))).toEqual([
      expect.stringMatching(/^ClusterRole ops: rules\[0\]: grants escalate on rbac.authorization.k8s.io\/clusterroles to ServiceAccount/),
      expect.stringMatching(/^ClusterRole ops: rules\[1\]: grants create on admissionregistration.k8s.io\/validatingwebhookconfigurations/),
    ]);
  });

  test('a sensitive Role that no binding names fails (whoever binds it later would be undeclared)', () => {
    expect(messages([role('loose', [SECRETS_RULE])])).toEqual([
      'Role matih-control-plane/loose: rules[0]: grants get on secrets, but no binding names the role: declare who holds it',
    ]);
  });

  test("the tenant owner's declared Role passes for its owner group only", () => {
    const tenant = TENANTS[0];
    const ns = `tenant-${tenant.slug}`;
    const owner = role('tenant-owner', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }], 'Role', ns);
    const bind = (group: string) =>
      binding('tenant-owner', [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: group }], 'Role', ns);
    expect(messages([owner, bind(tenant.ownerGroup)], modelWith(undefined))).toEqual([]);
    expect(messages([owner, bind('everyone')], modelWith(undefined))).toEqual([
      expect.stringContaining('to Group everyone, which the model does not declare'),
    ]);
  });
});

describe('shipped targets', () => {
  function shipped(target: string) {
    const build = shippedBuild();
    const rendered = build.rendered.find((r) => r.target === target)!;
    const model = build.model.targets.find((t) => t.target.name === target)!;
    const objects = [...rendered.files].flatMap(([file, list]) =>
      list.map((o) => ({ file, object: structuredClone(o) as K8sObject & Record<string, any> })),
    );
    return { objects, model };
  }
  const infraRole = (objects: Array<{ object: K8sObject & Record<string, any> }>) =>
    objects.find((o) => o.object.kind === 'Role' && o.object.metadata.name === 'infrastructure-service')!.object;
  const READ_SECRETS = { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] };

  test("get/list/watch on secrets planted in infrastructure-service's Role fails", () => {
    const { objects, model } = shipped('prod-azure');
    infraRole(objects).rules.push(READ_SECRETS);
    const found = runRules(contextOf('prod-azure', objects, undefined, model), rule);
    expect(found.map((p) => `${p.object}: ${p.message}`)).toEqual([
      'Role matih-control-plane/infrastructure-service: rules[2]: grants get on secrets to ServiceAccount matih-control-plane/infrastructure-service, beyond its declaration in components.infrastructure-service.kubernetesApi',
    ]);
  });

  test('the same grant added to the model fails until the model says why', () => {
    const { objects, model } = shipped('prod-azure');
    infraRole(objects).rules.push(READ_SECRETS);
    const infra = model.components['infrastructure-service'] as ServiceComponent;
    const withGrant = (extra: ApiPermission) => ({
      ...model,
      components: { ...model.components, 'infrastructure-service': { ...infra, kubernetesApi: [...(infra.kubernetesApi ?? []), extra] } },
    });
    const run = (m: ResolvedTarget) => runRules(contextOf('prod-azure', objects, undefined, m), rule).map((p) => p.message);
    expect(run(withGrant(READ_SECRETS))).toEqual([
      expect.stringContaining('declared in components.infrastructure-service.kubernetesApi without a reason'),
    ]);
    expect(run(withGrant({ ...READ_SECRETS, reason: 'reads the Terraform backend credentials it writes' }))).toEqual([]);
  });
});

describe('rbac (wildcards, escalation verbs, privileged bindings): each branch on a small object', () => {
  const rbac = (objects: K8sObject[]) =>
    runRules(
      contextOf(
        'test',
        objects.map((object) => ({ file: 'security/x.yaml', object })),
        undefined,
      ),
      { rbac: RULES.rbac },
    ).map((p) => `${p.object}: ${p.message}`);
  const crb = (name: string, roleRef: Record<string, string>, subjects: unknown[], kind = 'ClusterRoleBinding') =>
    ({
      apiVersion: RBAC,
      kind,
      metadata: { name, ...(kind === 'RoleBinding' ? { namespace: NS } : {}) },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef },
      subjects,
    }) as K8sObject;

  test('an aggregated ClusterRole, a subresource wildcard and each self-escalating verb fail; a malformed rule is skipped (Roles first)', () => {
    const aggregated = { ...role('agg', [], 'ClusterRole'), aggregationRule: { clusterRoleSelectors: [] } } as K8sObject;
    const rules = [
      'not a rule',
      { apiGroups: [''], resources: ['pods/*'], verbs: ['get'] },
      { apiGroups: [''], resources: ['roles'], verbs: ['escalate', 'bind', 'impersonate', 'get'] },
    ];
    expect(rbac([aggregated, role('r', rules)])).toEqual([
      'Role matih-control-plane/r: rules[1].resources: wildcard "*" grants more than the workload needs; list them',
      'Role matih-control-plane/r: rules[2].verbs: "escalate" lets the holder grant itself more permissions',
      'Role matih-control-plane/r: rules[2].verbs: "bind" lets the holder grant itself more permissions',
      'Role matih-control-plane/r: rules[2].verbs: "impersonate" lets the holder grant itself more permissions',
      'ClusterRole agg: aggregationRule pulls in permissions defined elsewhere; list the rules explicitly',
    ]);
  });

  test('forbidden users and groups fail by kind; other subjects, other roles and a namespaced cluster-admin binding of a group pass', () => {
    const view = { kind: 'ClusterRole', name: 'view' };
    const admin = { kind: 'ClusterRole', name: 'cluster-admin' };
    expect(
      rbac([
        crb('ok', view, [null, sa('a'), { kind: 'Group', name: 'tenant-acme-owners' }, { kind: 'User', name: 'alice' }]),
        crb('users', view, [
          { kind: 'User', name: 'system:anonymous' },
          { kind: 'Group', name: 'system:anonymous' },
          sa('system:anonymous'),
        ]),
        crb('ns-admin', admin, [{ kind: 'Group', name: 'ops' }], 'RoleBinding'),
        crb('role-named-admin', { kind: 'Role', name: 'cluster-admin' }, [sa('b')]),
        crb('sa-admin', admin, [sa('c')], 'RoleBinding'),
      ]),
    ).toEqual([
      'RoleBinding matih-control-plane/sa-admin: subjects[0]: ServiceAccount matih-control-plane/c is bound to cluster-admin',
      'ClusterRoleBinding users: subjects[0]: binding to user system:anonymous is forbidden',
      'ClusterRoleBinding users: subjects[1]: binding to group system:anonymous is forbidden',
    ]);
  });
});
