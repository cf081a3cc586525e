/**
 * Helm's view of values: how a release's values are merged over the chart's defaults, and which
 * value paths a chart reads (the `.Values` paths its templates use, from template-refs.txt).
 */

export type Values = Record<string, unknown>;

export function isValuesMap(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Helm's coalescing of user values over chart defaults: maps merge key by key, everything else
 * (lists, scalars) replaces, and `null` deletes the default. Neither input is modified.
 */
export function helmMerge(defaults: Readonly<Values>, overrides: Readonly<Values>): Values {
  const result: Values = { ...defaults };
  for (const key of Object.keys(overrides)) {
    const value = overrides[key];
    if (value === null) delete result[key];
    else if (isValuesMap(value) && isValuesMap(result[key])) result[key] = helmMerge(result[key] as Values, value);
    else result[key] = value;
  }
  return result;
}

/**
 * The value paths a chart reads. A path is written with dots (`controller.image.tag`); a path
 * marked whole (`*` in template-refs.txt: toYaml, with, omit, include) covers every path under it.
 * A key that itself contains a dot (`kubernetes.io/ingress.class`) is matched as text, as Helm's
 * templates name it.
 */
export class ReadPaths {
  private readonly whole = new Set<string>();
  private readonly exact = new Set<string>();
  /** Every proper prefix of a read path: where reads continue deeper. */
  private readonly prefixes = new Set<string>();

  constructor(paths: Iterable<string>) {
    for (const line of paths) {
      const [path, mark] = line.trim().split(/\s+/);
      if (!path) continue;
      (mark === '*' ? this.whole : this.exact).add(path);
      for (let i = path.indexOf('.'); i !== -1; i = path.indexOf('.', i + 1)) this.prefixes.add(path.slice(0, i));
    }
  }

  /** True when the chart reads `path`: listed itself, or under a path listed whole. */
  reads(path: string): boolean {
    if (this.exact.has(path) || this.whole.has(path)) return true;
    for (let i = path.lastIndexOf('.'); i !== -1; i = path.lastIndexOf('.', i - 1)) if (this.whole.has(path.slice(0, i))) return true;
    return false;
  }

  /** True when `path` is used whole: listed with `*`, or under a path that is. */
  readsWhole(path: string): boolean {
    if (this.whole.has(path)) return true;
    for (let i = path.lastIndexOf('.'); i !== -1; i = path.lastIndexOf('.', i - 1)) if (this.whole.has(path.slice(0, i))) return true;
    return false;
  }

  /** Keys read directly below `path` ('' for the top level), sorted: what a misspelt key was probably meant to be. */
  keysBelow(path: string): string[] {
    const start = path === '' ? '' : `${path}.`;
    const keys = new Set<string>();
    for (const p of [...this.whole, ...this.exact]) {
      if (!p.startsWith(start) || p.length === start.length) continue;
      const rest = p.slice(start.length);
      const dot = rest.indexOf('.');
      keys.add(dot === -1 ? rest : rest.slice(0, dot));
    }
    return [...keys].sort();
  }

  /** True when some read path lies strictly below `path`. */
  readsBelow(path: string): boolean {
    return this.prefixes.has(path);
  }

  /**
   * Every path `values` sets that the chart never reads, outermost first: a map is followed into
   * its keys while reads continue below it; any other value (list, scalar, `null`) at a path with
   * reads below counts as read, since it replaces what those reads see.
   */
  unread(values: Readonly<Values>, base = ''): string[] {
    const found: string[] = [];
    const walk = (node: Readonly<Values>, prefix: string) => {
      for (const key of Object.keys(node)) {
        const path = prefix === '' ? key : `${prefix}.${key}`;
        if (this.reads(path)) continue;
        const value = node[key];
        if (!this.readsBelow(path)) found.push(path);
        else if (isValuesMap(value)) walk(value, path);
      }
    };
    walk(values, base);
    return found;
  }
}
