/**
 * The scheduler's node filters (lib/k8s/scheduling.ts) against the Kubernetes documentation
 * (assign-pod-node, taint-and-toleration), case by case.
 */
import {
  blockingTaints,
  matchesNodeSelector,
  matchesNodeSelectorTerms,
  matchesRequirement,
  type NodeTaint,
  placementOf,
  selectsNode,
  tolerates,
} from '../../lib/k8s/scheduling';

const noSchedule: NodeTaint = { key: 'matih.ai/data-plane', value: 'true', effect: 'NoSchedule' };
const noExecute: NodeTaint = { key: 'matih.ai/data-plane', value: 'true', effect: 'NoExecute' };
const prefer: NodeTaint = { key: 'matih.ai/data-plane', value: 'true', effect: 'PreferNoSchedule' };
const valueless: NodeTaint = { key: 'CriticalAddonsOnly', effect: 'NoSchedule' };

describe('tolerations', () => {
  test('Equal tolerates the same key, value and effect, and nothing else', () => {
    const t = { key: 'matih.ai/data-plane', operator: 'Equal', value: 'true', effect: 'NoSchedule' };
    expect(tolerates(t, noSchedule)).toBe(true);
    expect(tolerates({ ...t, value: 'false' }, noSchedule)).toBe(false);
    expect(tolerates({ ...t, key: 'matih.ai/compute' }, noSchedule)).toBe(false);
    expect(tolerates(t, noExecute)).toBe(false);
  });

  test('the operator defaults to Equal (a missing value equals an empty one)', () => {
    expect(tolerates({ key: 'matih.ai/data-plane', value: 'true', effect: 'NoSchedule' }, noSchedule)).toBe(true);
    expect(tolerates({ key: 'matih.ai/data-plane', effect: 'NoSchedule' }, noSchedule)).toBe(false);
    expect(tolerates({ key: 'CriticalAddonsOnly', effect: 'NoSchedule' }, valueless)).toBe(true);
  });

  test('Exists tolerates every value of the key', () => {
    expect(tolerates({ key: 'matih.ai/data-plane', operator: 'Exists', effect: 'NoSchedule' }, noSchedule)).toBe(true);
    expect(
      tolerates({ key: 'CriticalAddonsOnly', operator: 'Exists' }, { key: 'CriticalAddonsOnly', value: 'true', effect: 'NoSchedule' }),
    ).toBe(true);
  });

  test('an empty effect matches every effect', () => {
    const t = { key: 'matih.ai/data-plane', operator: 'Equal', value: 'true' };
    for (const taint of [noSchedule, noExecute, prefer]) expect(tolerates(t, taint)).toBe(true);
    expect(tolerates({ ...t, effect: '' }, noExecute)).toBe(true);
  });

  test('an empty key with Exists tolerates everything; with Equal it tolerates nothing', () => {
    for (const taint of [noSchedule, noExecute, prefer, valueless]) {
      expect(tolerates({ operator: 'Exists' }, taint)).toBe(true);
      expect(tolerates({ key: '', operator: 'Equal', value: 'true' }, taint)).toBe(false);
    }
    expect(tolerates({ operator: 'Exists', effect: 'NoExecute' }, noSchedule)).toBe(false);
  });

  test('an unknown operator tolerates nothing', () => {
    expect(tolerates({ key: 'matih.ai/data-plane', operator: 'In', value: 'true' }, noSchedule)).toBe(false);
  });

  test('NoSchedule and NoExecute block, PreferNoSchedule never does', () => {
    expect(blockingTaints([], [noSchedule, noExecute, prefer])).toEqual([noSchedule, noExecute]);
    expect(blockingTaints([{ key: 'matih.ai/data-plane', operator: 'Exists', effect: 'NoSchedule' }], [noSchedule, noExecute])).toEqual([
      noExecute,
    ]);
    expect(blockingTaints([{ key: 'matih.ai/data-plane', operator: 'Exists' }], [noSchedule, noExecute, prefer])).toEqual([]);
  });
});

describe('nodeSelector', () => {
  const labels = { 'matih.ai/node-pool': 'dataplane', 'kubernetes.io/os': 'linux' };
  test('every pair must be a label of the node; an empty selector matches every node', () => {
    expect(matchesNodeSelector({ 'matih.ai/node-pool': 'dataplane' }, labels)).toBe(true);
    expect(matchesNodeSelector({ 'matih.ai/node-pool': 'dataplane', 'kubernetes.io/os': 'windows' }, labels)).toBe(false);
    expect(matchesNodeSelector({ workloads: 'catalog' }, labels)).toBe(false);
    expect(matchesNodeSelector({}, labels)).toBe(true);
    expect(matchesNodeSelector(undefined, labels)).toBe(true);
  });
});

describe('required node affinity', () => {
  const labels = { 'matih.ai/node-pool': 'gpu', 'example.com/gpus': '4' };
  const req = (operator: string, values?: string[], key = 'matih.ai/node-pool') => ({ key, operator, ...(values ? { values } : {}) });

  test.each([
    ['In', ['gpu', 'compute'], true],
    ['In', ['compute'], false],
    ['NotIn', ['compute'], true],
    ['NotIn', ['gpu'], false],
    ['Exists', undefined, true],
    ['DoesNotExist', undefined, false],
  ] as const)('%s %j on a labelled node: %s', (operator, values, expected) => {
    expect(matchesRequirement(req(operator, values ? [...values] : undefined), labels)).toBe(expected);
  });

  test('an absent label: NotIn and DoesNotExist match, In and Exists do not', () => {
    const absent = (operator: string, values?: string[]) => matchesRequirement(req(operator, values, 'example.com/absent'), labels);
    expect([absent('NotIn', ['x']), absent('DoesNotExist'), absent('In', ['x']), absent('Exists')]).toEqual([true, true, false, false]);
  });

  test('Gt and Lt compare one integer value with an integer label', () => {
    const key = 'example.com/gpus';
    expect(matchesRequirement(req('Gt', ['2'], key), labels)).toBe(true);
    expect(matchesRequirement(req('Gt', ['4'], key), labels)).toBe(false);
    expect(matchesRequirement(req('Lt', ['5'], key), labels)).toBe(true);
    expect(matchesRequirement(req('Lt', ['4'], key), labels)).toBe(false);
    expect(matchesRequirement(req('Gt', ['1', '2'], key), labels)).toBe(false);
    expect(matchesRequirement(req('Gt', ['1']), labels)).toBe(false); // label "gpu" is not an integer
  });

  test('expressions of a term are ANDed, terms are ORed; an empty term or no terms match nothing', () => {
    const gpu = req('In', ['gpu']);
    const compute = req('In', ['compute']);
    expect(matchesNodeSelectorTerms([{ matchExpressions: [gpu, req('Exists', undefined, 'example.com/gpus')] }], labels)).toBe(true);
    expect(matchesNodeSelectorTerms([{ matchExpressions: [gpu, compute] }], labels)).toBe(false);
    expect(matchesNodeSelectorTerms([{ matchExpressions: [compute] }, { matchExpressions: [gpu] }], labels)).toBe(true);
    expect(matchesNodeSelectorTerms([{}], labels)).toBe(false);
    expect(matchesNodeSelectorTerms([], labels)).toBe(false);
    // Node names are not pool properties: a matchFields term is never promised by a pool.
    expect(matchesNodeSelectorTerms([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-1'] }] }], labels)).toBe(false);
  });

  test('a pod needs both its nodeSelector and its required affinity', () => {
    const spec = {
      nodeSelector: { 'matih.ai/node-pool': 'gpu' },
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [req('In', ['compute'])] }] },
        },
      },
      tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists' }, 'not a toleration'],
    };
    const placement = placementOf(spec);
    expect(placement.tolerations).toEqual([{ key: 'nvidia.com/gpu', operator: 'Exists' }]);
    expect(selectsNode(placement, labels)).toBe(false);
    expect(selectsNode(placementOf({ ...spec, affinity: undefined }), labels)).toBe(true);
    // Preferred affinity never filters.
    expect(
      selectsNode(
        placementOf({ affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: {} }] } } }),
        labels,
      ),
    ).toBe(true);
  });
});
