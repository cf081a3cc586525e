/**
 * Finds every pod spec inside a rendered object, wherever it sits: a Pod, a workload template, a
 * RayCluster group, a Strimzi or Flink template. A pod spec is any object with a non-empty
 * `containers` array of named containers; `metadata` is never searched. The one walker the safety
 * gate, the secret-reference checks and the tests share.
 */
type Json = Record<string, unknown>;

export interface FoundPodSpec {
  readonly spec: Json;
  /** JSON path of the pod spec inside the object, e.g. `spec.template.spec`. */
  readonly path: string;
  /** Labels of the pod template holding the spec, when it has any. */
  readonly labels?: Readonly<Record<string, string>>;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNamedObject(value: unknown): boolean {
  return isObject(value) && typeof value.name === 'string';
}

/** `spec.template.spec`, `spec.workerGroupSpecs[0].template.spec`, ... */
function formatPath(path: ReadonlyArray<string | number>): string {
  let text = '';
  for (const segment of path) text = typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment;
  return text;
}

/** Calls `visit` for every pod spec in `object`; `path` is a segment stack, formatted only on a find. */
export function forEachPodSpec(object: unknown, visit: (found: FoundPodSpec) => void): void {
  if (typeof object === 'object' && object !== null) walk(object, undefined, [], visit);
}

function walk(value: object, parent: Json | undefined, path: Array<string | number>, visit: (found: FoundPodSpec) => void): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'object' || item === null) continue;
      path.push(i);
      walk(item, undefined, path, visit);
      path.pop();
    }
    return;
  }
  const json = value as Json;
  const containers = json.containers;
  if (Array.isArray(containers) && containers.length > 0 && containers.every(isNamedObject)) {
    const meta = parent && isObject(parent.metadata) ? parent.metadata : undefined;
    const labels = isObject(meta?.labels) ? (meta.labels as Record<string, string>) : undefined;
    visit({ spec: json, path: formatPath(path), labels });
    return;
  }
  for (const key in json) {
    if (key === 'metadata') continue;
    const child = json[key];
    if (typeof child !== 'object' || child === null) continue;
    path.push(key);
    walk(child, json, path, visit);
    path.pop();
  }
}

/** The pod specs of one object, as a list. */
export function podSpecsIn(object: unknown): FoundPodSpec[] {
  const found: FoundPodSpec[] = [];
  forEachPodSpec(object, (f) => found.push(f));
  return found;
}

/** The image of every init and regular container in the pod specs of `object`, with the container's name. */
export function containerImages(object: unknown): Array<{ image: string; container: string }> {
  const found: Array<{ image: string; container: string }> = [];
  forEachPodSpec(object, ({ spec }) => {
    for (const field of ['initContainers', 'containers'] as const) {
      const containers = spec[field];
      if (!Array.isArray(containers)) continue;
      for (const c of containers as unknown[])
        if (isObject(c) && typeof c.image === 'string') found.push({ image: c.image, container: String(c.name) });
    }
  });
  return found;
}
