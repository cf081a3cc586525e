import type { K8sObject } from '../../lib/k8s/object';
import { validateRendered } from '../../lib/gate';
import { renderedTarget, shippedBuild } from '../support/render';

/** A malformed object is a finding, never a crash of the gate (which would print a stack trace). */
describe('gate robustness', () => {
  it.each([
    ['apiVersion that is not a string', { apiVersion: 5, kind: 'ConfigMap', metadata: { name: 'x', namespace: 'matih-control-plane' } }],
    ['missing metadata name', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { namespace: 'matih-control-plane' } }],
    ['kind that is not a string', { apiVersion: 'v1', kind: ['ConfigMap'], metadata: { name: 'x', namespace: 'matih-control-plane' } }],
  ])('reports an object with %s', (_case, bad) => {
    const rendered = renderedTarget('dev-azure');
    const model = shippedBuild().model.targets.find((t) => t.target.name === 'dev-azure')!;
    const files = new Map(rendered.files);
    files.set('workloads/broken.yaml', [bad as unknown as K8sObject]);
    const problems = validateRendered({ ...rendered, files }, model);
    expect(problems.filter((p) => p.file === 'workloads/broken.yaml').map((p) => p.rule)).toEqual(['object-identity']);
  });
});
