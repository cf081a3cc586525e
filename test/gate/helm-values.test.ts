import { helmMerge, ReadPaths } from '../../lib/gate/helm-values';

describe("Helm's values merge", () => {
  test('maps merge key by key, lists and scalars replace, null deletes', () => {
    const defaults = { image: { repository: 'r', tag: '1' }, args: ['a', 'b'], replicas: 1, keep: true };
    expect(helmMerge(defaults, { image: { tag: '2' }, args: ['c'], replicas: null })).toEqual({
      image: { repository: 'r', tag: '2' },
      args: ['c'],
      keep: true,
    });
    expect(defaults).toEqual({ image: { repository: 'r', tag: '1' }, args: ['a', 'b'], replicas: 1, keep: true });
  });
});

describe('read paths of a chart (template-refs.txt)', () => {
  const reads = new ReadPaths([
    'affinity *',
    'image.tag *',
    'controller.config *',
    'metrics.enabled',
    'alpha.annotations.kubernetes.io/x *',
  ]);

  test('a path is read when listed, or under a path read whole', () => {
    expect(reads.reads('image.tag')).toBe(true);
    expect(reads.reads('controller.config.anything.deep')).toBe(true);
    expect(reads.reads('metrics.enabled')).toBe(true);
    expect(reads.reads('metrics.enabled.more')).toBe(false);
    expect(reads.reads('image')).toBe(false);
    expect(reads.readsBelow('image')).toBe(true);
  });

  test('unread keys: maps are followed while reads continue below them; other values there count as read', () => {
    expect(
      reads.unread({
        affinity: { nodeAffinity: {} },
        image: { tag: 'x', registry: 'y' },
        controller: { config: { a: 1 }, podLabels: {} },
        metrics: null,
        podLabels: { a: 'b' },
      }),
    ).toEqual(['image.registry', 'controller.podLabels', 'podLabels']);
  });

  test('keys read directly below a path, for suggestions', () => {
    expect(reads.keysBelow('')).toEqual(['affinity', 'alpha', 'controller', 'image', 'metrics']);
    expect(reads.keysBelow('image')).toEqual(['tag']);
  });
});
