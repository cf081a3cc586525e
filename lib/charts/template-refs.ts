/**
 * Which values paths a chart's templates read, found statically (the same notion as the
 * `template-refs.txt` files of the vendored chart values): `.Values.a.b` reads `a.b`; a path handed
 * whole to a function that walks it (`toYaml`, `include`, `tpl`, `range`, `dict`, `index`, ...) or
 * stored in a variable reads its whole subtree; inside `with .Values.a`, `.b` reads `a.b`. A
 * subchart reads its values under its key (alias or name), and `global` at the top. The rule
 * errs towards "read": a key is reported unread only when no template can reach it by name.
 */
import { chartsOf, type ChartTree } from './chart-archive';
import { type TemplateAction, templateActions } from './template-actions';

/** A trie of read paths; `whole` marks a subtree read entirely. */
export interface RefNode {
  whole: boolean;
  readonly children: Map<string, RefNode>;
}

const node = (): RefNode => ({ whole: false, children: new Map() });

export function addRef(root: RefNode, path: readonly string[], whole: boolean): void {
  let at = root;
  for (const segment of path) {
    let next = at.children.get(segment);
    if (!next) at.children.set(segment, (next = node()));
    at = next;
  }
  if (whole) at.whole = true;
}

/** Functions and keywords that walk the whole value they are given. */
const WHOLE =
  /\b(toYaml|toJson|toPrettyJson|toRawJson|toToml|tpl|include|template|omit|pick|merge|mergeOverwrite|mustMerge|mustMergeOverwrite|deepCopy|mustDeepCopy|dict|list|keys|values|dig|get|hasKey|pluck|index|set|unset|printf|print|println|toString|toStrings|fromYaml|join|concat|append|prepend|first|last|without|uniq|compact|sortAlpha|b64enc|sha256sum|quote|squote|toDecimal)\b/;
/** A field chain (`.a.b`, `$.a`, `$x.a`) or a bare dot. */
const CHAIN = /(\$[A-Za-z_]\w*|\$)?((?:\.[A-Za-z_]\w*)+)|(^|[\s(|,])\.(?=$|[\s)|,])/g;
const INDEX = /\bindex\s+(\$?[A-Za-z_]?\w*(?:\.[A-Za-z_]\w*)*|\.)((?:\s+"[^"]*")+)/g;

interface Scope {
  /** Values path of `.` here, or undefined when `.` is not a values subtree (root, range element, unknown). */
  readonly dot: readonly string[] | undefined;
  /** The enclosing scope's dot (what `else` of a `with` reverts to). */
  readonly outer: readonly string[] | undefined;
  readonly kind: string;
}

/** The values path a field chain names, given the dot's values path; undefined when it names none. */
function chainPath(variable: string | undefined, fields: readonly string[], dot: readonly string[] | undefined): string[] | undefined {
  const values = fields.indexOf('Values');
  if (values >= 0 && (variable !== undefined || values === 0)) return fields.slice(values + 1);
  if (variable === undefined && dot !== undefined) return [...dot, ...fields];
  return undefined;
}

/** Adds the paths one template reads to `refs`, prefixed with `prefix` (a subchart's key). */
export function collectRefs(template: string | readonly TemplateAction[], refs: RefNode, prefix: readonly string[] = []): void {
  const actions = typeof template === 'string' ? templateActions(template) : template;
  const scopes: Scope[] = [];
  let dot: readonly string[] | undefined;
  const add = (path: readonly string[], whole: boolean) => {
    // A subchart's `global` is the top chart's `global`.
    if (path[0] === 'global') addRef(refs, path, whole);
    addRef(refs, [...prefix, ...path], whole);
  };
  for (const action of actions) {
    const code = action.code;
    const head = /^(\w+)\b/.exec(code)?.[1];
    if (head === 'end') {
      const scope = scopes.pop();
      dot = scope ? scope.outer : undefined;
      continue;
    }
    if (head === 'else') {
      const scope = scopes.at(-1);
      if (scope?.kind === 'with') dot = scope.outer;
    }
    if (head === 'define' || head === 'block') {
      // A named template's dot is whatever its caller passes: unknown here.
      scopes.push({ dot: undefined, outer: dot, kind: head });
      dot = undefined;
      continue;
    }
    const whole = WHOLE.test(code) || head === 'range' || /\$\w*\s*:?=/.test(code);
    // `index .Values.a "b" "c"` reads a.b.c (whole); its base is not read whole on its own.
    let masked = code;
    for (const match of action.text.matchAll(INDEX)) {
      const variable = match[1].startsWith('$') ? match[1].split('.')[0] : undefined;
      const base = match[1] === '.' ? dot : chainPath(variable, match[1].split('.').slice(1), dot);
      masked = masked.slice(0, match.index) + ' '.repeat(match[0].length) + masked.slice(match.index + match[0].length);
      if (base === undefined) continue;
      const keys = [...match[2].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
      add([...base, ...keys], true);
    }
    let withPath: string[] | undefined;
    for (const match of masked.matchAll(CHAIN)) {
      if (match[2] === undefined) {
        // A bare dot handed to a function reads the dot's whole subtree.
        if (dot !== undefined && (whole || code === '.')) add(dot, true);
        continue;
      }
      const fields = match[2].slice(1).split('.');
      const path = chainPath(match[1], fields, dot);
      if (path === undefined) continue;
      add(path, whole);
      if ((head === 'with' || (head === 'else' && /^else\s+with\b/.test(code))) && withPath === undefined) withPath = path;
    }
    if (head === 'with' || head === 'range' || head === 'if') {
      const inner = head === 'with' ? withPath : head === 'range' ? undefined : dot;
      scopes.push({ dot: inner, outer: dot, kind: head });
      dot = inner;
    } else if (head === 'else' && /^else\s+with\b/.test(code)) {
      dot = withPath;
    }
  }
}

/** Every path the chart tree reads: templates of the top chart and of `enabled` subcharts, and `tpl` strings of its values. */
export function chartRefs(tree: ChartTree, isEnabled: (chart: ChartTree) => boolean = () => true): RefNode {
  const refs = node();
  for (const chart of chartsOf(tree)) {
    if (chart !== tree && !isEnabled(chart)) continue;
    for (const [file, text] of chart.files) {
      // Values files may hold template strings that the chart renders with `tpl`.
      if (file.startsWith('templates/') || file === 'values.yaml') collectRefs(text, refs, chart.valuesPath);
    }
  }
  return refs;
}

/** Whether `path` is read: a prefix of it is read whole, or it is itself named (or a prefix of a named path). */
export function isRead(refs: RefNode, path: readonly string[]): boolean {
  let at = refs;
  for (const segment of path) {
    if (at.whole) return true;
    const next = at.children.get(segment);
    if (!next) return false;
    at = next;
  }
  return true;
}
