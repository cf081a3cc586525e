/**
 * The identity cross-check against dist/: every ServiceAccount of config/identities.ts is rendered
 * by the Kubernetes app (apps/k8s.ts) in its namespace, annotated exactly as lib/model/outputs.ts
 * `identityAnnotations` says (so it matches the cloud trust checked in identities.test.ts), and on
 * Azure its pods carry the workload identity label. Fails (never skips) while they are not rendered.
 */
import { TARGETS } from '../../config/targets';
import { WORKLOAD_IDENTITIES } from '../../config/identities';
import { identityAnnotations, loadTargetOutputs } from '../../lib/model/outputs';
import { profileOf } from '../../lib/clouds';
import { AZURE_USE_LABEL } from '../../lib/clouds/azure';
import { allObjects, renderedTarget } from '../support/render';
import { CONFIG_DIR, type Json } from './helpers';

describe('identity cross-check against the ServiceAccounts rendered in dist/', () => {
  it.each(TARGETS.map((t) => [t.name, t] as const))(
    '%s renders every platform ServiceAccount with its cloud annotation',
    (name, target) => {
      const outputs = loadTargetOutputs(CONFIG_DIR, name);
      const serviceAccounts = allObjects(renderedTarget(name)).filter((o) => o.kind === 'ServiceAccount');
      const problems: string[] = [];
      for (const identity of WORKLOAD_IDENTITIES) {
        const expected = identityAnnotations(target, identity.name, outputs);
        const found = serviceAccounts.filter(
          (sa) => sa.metadata.name === identity.serviceAccount && sa.metadata.namespace === identity.namespace,
        );
        if (found.length !== 1) {
          problems.push(
            `${identity.namespace}/${identity.serviceAccount}: ${found.length} ServiceAccounts rendered (expected 1 annotated ${JSON.stringify(expected)})`,
          );
          continue;
        }
        for (const [key, value] of Object.entries(expected)) {
          const actual = found[0].metadata.annotations?.[key];
          if (actual !== value)
            problems.push(
              `${identity.namespace}/${identity.serviceAccount} (${found[0].__file}): annotation ${key} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`,
            );
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(TARGETS.filter((t) => t.provider.cloud === 'azure').map((t) => [t.name, t] as const))(
    '%s labels the pods of federated ServiceAccounts for the Azure webhook',
    (name, target) => {
      expect(profileOf(target).identityPodLabels).toEqual({ [AZURE_USE_LABEL]: 'true' });
      const objects = allObjects(renderedTarget(name));
      const problems: string[] = [];
      for (const identity of WORKLOAD_IDENTITIES) {
        const workloads = objects.filter((o) => {
          const spec = (o as Json).spec?.template?.spec;
          return o.metadata.namespace === identity.namespace && spec?.serviceAccountName === identity.serviceAccount;
        });
        for (const w of workloads) {
          const labels = (w as Json).spec.template.metadata?.labels ?? {};
          if (labels[AZURE_USE_LABEL] !== 'true')
            problems.push(`${w.kind} ${identity.namespace}/${w.metadata.name}: pod label ${AZURE_USE_LABEL}: "true" missing`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
