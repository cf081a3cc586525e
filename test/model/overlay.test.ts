import { applyOverlay, OverlayError, type Overlay } from '../../lib/model/overlay';

const base = {
  replicas: 2,
  image: { repository: 'r', tag: '1.0.0' },
  ports: [{ name: 'http', port: 8080 }],
  autoscaling: { minReplicas: 2, maxReplicas: 5 } as { minReplicas: number; maxReplicas: number } | null,
  values: { a: 1 } as Record<string, unknown>,
};
const file = 'overrides/dev.yaml';

describe('applyOverlay (Helm merge rules)', () => {
  it('merges objects key by key', () => {
    const merged = applyOverlay(base, { image: { tag: '1.1.0' } }, { file });
    expect(merged.image).toEqual({ repository: 'r', tag: '1.1.0' });
    expect(merged.replicas).toBe(2);
  });

  it('replaces arrays and scalars whole', () => {
    const merged = applyOverlay(base, { replicas: 1, ports: [{ name: 'grpc', port: 9090 }] }, { file });
    expect(merged.replicas).toBe(1);
    expect(merged.ports).toEqual([{ name: 'grpc', port: 9090 }]);
  });

  it('removes a key set to null', () => {
    const merged = applyOverlay(base, { autoscaling: null }, { file });
    expect('autoscaling' in merged).toBe(false);
  });

  it('never modifies its inputs', () => {
    const overlay = { image: { tag: '2.0.0' } };
    applyOverlay(base, overlay, { file });
    expect(base.image.tag).toBe('1.0.0');
    expect(overlay).toEqual({ image: { tag: '2.0.0' } });
  });

  it('rejects an unknown key with file, key path and a suggestion', () => {
    expect(() => applyOverlay(base, { replicaCount: 3 }, { file })).toThrow(OverlayError);
    expect(() => applyOverlay(base, { replicaCount: 3 }, { file })).toThrow(
      /^overrides\/dev\.yaml: replicaCount: unknown key "replicaCount" \(did you mean "replicas"\?\)/,
    );
    expect(() => applyOverlay(base, { image: { tga: 'x' } }, { file })).toThrow(/image\.tga: unknown key "tga" \(did you mean "tag"\?\)/);
  });

  it('allows new keys only under open paths', () => {
    const merged = applyOverlay(base, { values: { b: { c: 2 } } }, { file, openPaths: ['values'] });
    expect(merged.values).toEqual({ a: 1, b: { c: 2 } });
    expect(() => applyOverlay(base, { values: { b: 2 } }, { file })).toThrow(/values\.b: unknown key/);
  });

  it('rejects a scalar where an object is expected', () => {
    expect(() => applyOverlay(base, { image: 'nginx:latest' }, { file })).toThrow(/image: expected an object of overrides/);
  });

  it('makes a misspelt key a compile error for TypeScript overlays', () => {
    // @ts-expect-error replicaCount is not a key of the base
    const bad: Overlay<typeof base> = { replicaCount: 3 };
    const good: Overlay<typeof base> = { replicas: 3, autoscaling: null };
    expect([bad, good]).toHaveLength(2);
  });
});

describe('optional keys', () => {
  const svc = { replicas: 2 } as { replicas: number; autoscaling?: { min: number } };
  it('may be added or nulled where the base leaves them out, only at declared paths', () => {
    const opts = { file, optionalPaths: ['autoscaling'] };
    expect(applyOverlay(svc, { autoscaling: { min: 1 } }, opts)).toEqual({ replicas: 2, autoscaling: { min: 1 } });
    expect(applyOverlay(svc, { autoscaling: null }, opts)).toEqual({ replicas: 2 });
    expect(() => applyOverlay(svc, { autoscaling: null }, { file })).toThrow(/autoscaling: unknown key/);
  });
});
