import { createHash } from 'node:crypto';

type Values = Record<string, unknown>;

/** Pod annotation holding the hash of a chart's deployed values (ChartComponent.restartOnValuesChange). */
export const VALUES_HASH_ANNOTATION = 'matih.ai/values-sha256';

function isObject(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with every object's keys sorted: the order keys were merged in is not a change (dist/ writes them sorted too). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

/**
 * The values with the sha256 of their canonical JSON written as {@link VALUES_HASH_ANNOTATION} into the pod annotations
 * at `annotationsPath` (dot-separated): a change of any value changes the pod template, so the pods restart. The hash
 * is taken of the values as given, before the annotation is added, so it does not depend on itself.
 */
export function withValuesHash(name: string, values: Readonly<Values>, annotationsPath: string): Values {
  const keys = annotationsPath.split('.');
  if (keys.some((k) => k === '')) {
    throw new Error(`chart component "${name}": restartOnValuesChange "${annotationsPath}" must be a dot-separated values path`);
  }
  const hash = createHash('sha256').update(canonicalJson(values)).digest('hex');
  const set = (node: Readonly<Values>, depth: number): Values => {
    const key = keys[depth];
    const child = node[key];
    if (child !== undefined && child !== null && !isObject(child)) {
      const at = keys.slice(0, depth + 1).join('.');
      throw new Error(
        `chart component "${name}": restartOnValuesChange "${annotationsPath}": values.${at} is ${JSON.stringify(child)}, not an object`,
      );
    }
    const current = isObject(child) ? child : {};
    return { ...node, [key]: depth === keys.length - 1 ? { ...current, [VALUES_HASH_ANNOTATION]: hash } : set(current, depth + 1) };
  };
  return set(values, 0);
}
