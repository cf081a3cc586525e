import { baseline } from '../../constructs/k8s/baseline';
import { renderTarget } from '../../lib/render/render';
import { allObjects, renderedTarget, shippedBuild, TARGET_NAMES } from '../support/render';
import { fixtureModel } from './fixture';
import { CHECKS, type Obj } from './properties';

describe.each(TARGET_NAMES)('every rendered object of %s', (target) => {
  const model = () => shippedBuild().model.targets.find((t) => t.target.name === target)!;
  test.each(Object.keys(CHECKS))('%s', (check) => {
    expect(CHECKS[check](allObjects(renderedTarget(target)), model())).toEqual([]);
  });
});

/** Each check, fed output broken on purpose, must report it (a check that cannot fail proves nothing). */
describe('each property can fail', () => {
  const model = fixtureModel();
  const pristine = () => allObjects(renderTarget(model, [baseline])) as Obj[];
  const find = (objects: Obj[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name) as any;
  const breakers: Record<string, (objects: Obj[]) => Obj[]> = {
    restrictedContainers: (o) => {
      find(o, 'Deployment', 'ai-service').spec.template.spec.containers[0].securityContext.capabilities.drop = [];
      return o;
    },
    namespaceDefaults: (o) =>
      o.filter((x) => !(x.kind === 'NetworkPolicy' && x.metadata.name === 'allow-dns-egress' && x.metadata.namespace === 'tenant-acme')),
    tenantQuotas: (o) => {
      find(o, 'ResourceQuota', 'tenant-quota').spec.hard.pods = 999;
      return o;
    },
    noWildcardRbac: (o) => {
      find(o, 'Role', 'tenant-owner').rules[0].verbs = ['*'];
      return o;
    },
    servicesSelectPods: (o) => {
      find(o, 'Service', 'ai-service').spec.selector = { 'app.kubernetes.io/name': 'nothing' };
      return o;
    },
    serviceAccountsExist: (o) => o.filter((x) => !(x.kind === 'ServiceAccount' && x.metadata.name === 'ai-service')),
    noDefaultNamespace: (o) => {
      find(o, 'ConfigMap', 'ai-service-config').metadata.namespace = 'default';
      return o;
    },
    autoscaledHaveNoReplicas: (o) => {
      find(o, 'Deployment', 'api-gateway').spec.replicas = 3;
      return o;
    },
    replicatedHavePdb: (o) => o.filter((x) => !(x.kind === 'PodDisruptionBudget' && x.metadata.name === 'bi-workbench')),
    immutableTags: (o) => {
      find(o, 'Deployment', 'ai-service').spec.template.spec.containers[0].image = 'registry.test/ai-service:latest';
      return o;
    },
    secretEnvFromSecrets: (o) => {
      find(o, 'Deployment', 'api-gateway').spec.template.spec.containers[0].env[0] = { name: 'JWT_SECRET', value: 'hunter2' };
      return o;
    },
    standardLabelsPresent: (o) => {
      delete find(o, 'LimitRange', 'tenant-limits').metadata.labels['matih.ai/cost-center'];
      return o;
    },
    tenantIsolation: (o) => {
      find(o, 'NetworkPolicy', 'tenant-allow-platform').spec.egress.push({
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'tenant-other' } } }],
      });
      return o;
    },
    dependencyEgress: (o) => {
      const policy = o.find((x) => x.kind === 'NetworkPolicy' && x.metadata.name === 'ai-service') as any;
      policy.spec.egress = policy.spec.egress.filter((r: any) => !r.ports?.some((p: any) => p.port === 9093));
      return o;
    },
    firstPartyPods: (o) => {
      find(o, 'Deployment', 'api-gateway').spec.template.spec.automountServiceAccountToken = true;
      return o;
    },
    ingressRoutes: (o) => {
      find(o, 'Ingress', 'tenant-acme').spec.tls[0].secretName = 'wrong';
      return o;
    },
  };

  test('the fixture passes every check', () => {
    for (const check of Object.values(CHECKS)) expect(check(pristine(), model)).toEqual([]);
  });

  test.each(Object.keys(CHECKS))('%s reports broken output', (check) => {
    expect(breakers[check]).toBeDefined();
    expect(CHECKS[check](breakers[check](pristine()), model).length).toBeGreaterThan(0);
  });
});
