/**
 * The CEL of CRD validation rules (`x-kubernetes-validations`), as the API server evaluates them
 * on create (kubernetes.io/docs/reference/using-api/cel): @bufbuild/cel with the standard library,
 * the strings extension, and the Kubernetes library functions implemented below (lists, regex,
 * sets, isURL, isQuantity). A rule is compiled once per process; a rule that reads `oldSelf` is a
 * transition rule, never run on create, and is skipped. A rule the gate cannot compile (a syntax or
 * function this evaluator lacks) must be listed in UNCOMPILABLE_RULES with a reason: anything else
 * is a finding, never a silent pass.
 */
import { celEnv, celFunc, celMethod, CelScalar, type CelValue, isCelError, isCelList, listType, parse, plan } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { isQuantity } from '../k8s/quantity';

/**
 * Vendored rules the gate cannot evaluate, by rule text, each with the reason. Exact: a test fails
 * when an entry no longer matches an uncompilable vendored rule, or a vendored rule is missing.
 */
export const UNCOMPILABLE_RULES: Readonly<Record<string, string>> = {};

const { BOOL, DYN, INT, STRING } = CelScalar;
const DYN_LIST = listType(DYN);

function listItems(list: unknown): CelValue[] {
  return isCelList(list) ? [...list] : [];
}

/** CEL's ordering of two values of one type (int, uint, double, string, bool; durations and timestamps by their text). */
function compare(a: CelValue, b: CelValue): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  throw new Error(`no ordering between ${typeof a} and ${typeof b}`);
}

function sameValue(a: CelValue, b: CelValue): boolean {
  return typeof a === typeof b && (typeof a !== 'object' || a === null) ? a === b : JSON.stringify(a) === JSON.stringify(b);
}

const regexCache = new Map<string, RegExp>();
function regex(pattern: string, flags = ''): RegExp {
  const key = `${flags}/${pattern}`;
  let re = regexCache.get(key);
  if (!re) regexCache.set(key, (re = new RegExp(pattern, `u${flags}`)));
  return re;
}

/** Go's url.Parse acceptance as Kubernetes' isURL reads it: an absolute URI with a scheme (RFC 3986). */
function isUrl(text: string): boolean {
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * `matches` with each pattern compiled once: the built-in one compiles its RE2 pattern on every
 * call. JavaScript regular expressions accept the RE2 syntax CRD patterns use; a pattern they
 * reject goes to the built-in implementation.
 */
let builtin: ((text: string, pattern: string) => boolean) | undefined;
function builtinMatches(text: string, pattern: string): boolean {
  if (!builtin) {
    const run = plan(celEnv({ variables: { text: STRING, pattern: STRING } }), parse('text.matches(pattern)').expr);
    builtin = (t, p) => {
      const result = run({ text: t, pattern: p });
      if (isCelError(result)) throw result;
      return result as boolean;
    };
  }
  return builtin(text, pattern);
}
const matchers = new Map<string, RegExp | null>();
function matches(text: string, pattern: string): boolean {
  let re = matchers.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = null;
    }
    matchers.set(pattern, re);
  }
  return re ? re.test(text) : builtinMatches(text, pattern);
}

/** Kubernetes CEL library functions (k8s.io/apiserver/pkg/cel/library) the gate implements. */
const KUBERNETES_LIBRARY = [
  celMethod('matches', STRING, [STRING], BOOL, function (pattern) {
    return matches(this, pattern);
  }),
  celFunc('matches', [STRING, STRING], BOOL, matches),
  // Lists library.
  celMethod('isSorted', DYN_LIST, [], BOOL, function () {
    const items = listItems(this);
    return items.every((v, i) => i === 0 || compare(items[i - 1], v) <= 0);
  }),
  celMethod('sum', DYN_LIST, [], DYN, function () {
    const items = listItems(this);
    if (items.length === 0) return 0n;
    return items.reduce((a, b) => {
      if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      throw new Error('sum() needs a list of int or double');
    });
  }),
  celMethod('min', DYN_LIST, [], DYN, function () {
    const items = listItems(this);
    if (items.length === 0) throw new Error('min called on empty list');
    return items.reduce((a, b) => (compare(b, a) < 0 ? b : a));
  }),
  celMethod('max', DYN_LIST, [], DYN, function () {
    const items = listItems(this);
    if (items.length === 0) throw new Error('max called on empty list');
    return items.reduce((a, b) => (compare(b, a) > 0 ? b : a));
  }),
  celMethod('indexOf', DYN_LIST, [DYN], INT, function (value) {
    return BigInt(listItems(this).findIndex((v) => sameValue(v, value)));
  }),
  celMethod('lastIndexOf', DYN_LIST, [DYN], INT, function (value) {
    const items = listItems(this);
    for (let i = items.length - 1; i >= 0; i--) if (sameValue(items[i], value)) return BigInt(i);
    return -1n;
  }),
  // Regex library.
  celMethod('find', STRING, [STRING], STRING, function (pattern) {
    return regex(pattern).exec(this)?.[0] ?? '';
  }),
  celMethod('findAll', STRING, [STRING], DYN_LIST, function (pattern) {
    return [...this.matchAll(regex(pattern, 'g'))].map((m) => m[0]);
  }),
  celMethod('findAll', STRING, [STRING, INT], DYN_LIST, function (pattern, limit) {
    const all = [...this.matchAll(regex(pattern, 'g'))].map((m) => m[0]);
    return limit < 0n ? all : all.slice(0, Number(limit));
  }),
  // Sets extension (cel-go ext.Sets).
  celFunc('sets.contains', [DYN_LIST, DYN_LIST], BOOL, (list, sub) =>
    listItems(sub).every((v) => listItems(list).some((w) => sameValue(v, w))),
  ),
  celFunc('sets.equivalent', [DYN_LIST, DYN_LIST], BOOL, (a, b) => {
    const [x, y] = [listItems(a), listItems(b)];
    return x.every((v) => y.some((w) => sameValue(v, w))) && y.every((v) => x.some((w) => sameValue(v, w)));
  }),
  celFunc('sets.intersects', [DYN_LIST, DYN_LIST], BOOL, (a, b) => listItems(a).some((v) => listItems(b).some((w) => sameValue(v, w)))),
  // URL and quantity libraries: the predicates (their object types, url() and quantity(), are not implemented).
  celFunc('isURL', [STRING], BOOL, isUrl),
  celFunc('isQuantity', [STRING], BOOL, (text) => isQuantity(text)),
];

const ENV = celEnv({ funcs: [...strings, ...KUBERNETES_LIBRARY], variables: { self: DYN } });

/** Functions the planner resolves itself rather than through the function table. */
const PLANNED_OPERATORS = new Set(['_[_]', '_[?_]', '_?._', '_?_:_', '_&&_', '_||_', '@not_strictly_false', '__not_strictly_false__']);
const KNOWN_FUNCTIONS = new Set([...PLANNED_OPERATORS, ...[...ENV.funcs].map((f) => f.name)]);

type Program = (self: unknown) => unknown;

export type CompiledRule =
  | { readonly kind: 'program'; readonly run: Program; readonly message?: Program }
  | { readonly kind: 'transition' }
  | { readonly kind: 'uncompilable'; readonly reason: string };

interface Ast {
  exprKind?: { case?: string; value?: Record<string, unknown> };
}

/** `a.b.c` of an identifier or a select chain on one, else undefined. */
function dottedName(expr: Ast | undefined): string | undefined {
  const kind = expr?.exprKind;
  if (kind?.case === 'identExpr') return (kind.value as { name: string }).name;
  if (kind?.case === 'selectExpr') {
    const select = kind.value as { operand: Ast; field: string; testOnly: boolean };
    const operand = select.testOnly ? undefined : dottedName(select.operand);
    return operand === undefined ? undefined : `${operand}.${select.field}`;
  }
  return undefined;
}

/** Function names and identifiers an expression uses. */
function scan(expr: Ast | undefined, found: { functions: Set<string>; idents: Set<string> }): void {
  const kind = expr?.exprKind;
  if (!kind?.case || !kind.value) return;
  const v = kind.value as Record<string, unknown>;
  switch (kind.case) {
    case 'identExpr':
      found.idents.add(v.name as string);
      break;
    case 'callExpr': {
      // `sets.contains(a, b)` parses as method `contains` on the identifier `sets`: a qualified function name.
      const qualifier = dottedName(v.target as Ast | undefined);
      const qualified = qualifier === undefined ? undefined : `${qualifier}.${v.function as string}`;
      if (qualified !== undefined && KNOWN_FUNCTIONS.has(qualified)) found.functions.add(qualified);
      else {
        found.functions.add(v.function as string);
        scan(v.target as Ast, found);
      }
      for (const arg of v.args as Ast[]) scan(arg, found);
      break;
    }
    case 'selectExpr':
      scan(v.operand as Ast, found);
      break;
    case 'listExpr':
      for (const e of v.elements as Ast[]) scan(e, found);
      break;
    case 'structExpr':
      for (const e of v.entries as Array<{ keyKind?: { value?: Ast }; value?: Ast }>) {
        scan(e.keyKind?.value, found);
        scan(e.value, found);
      }
      break;
    case 'comprehensionExpr':
      for (const key of ['iterRange', 'accuInit', 'loopCondition', 'loopStep', 'result']) scan(v[key] as Ast, found);
      break;
  }
}

/** Parses and plans one expression, or says why it cannot be. */
function program(expression: string): { run: Program; idents: Set<string> } | { error: string } {
  let ast: Ast;
  try {
    ast = parse(expression).expr as Ast;
  } catch (error) {
    return { error: `syntax the evaluator does not parse (${(error as Error).message.split('\n')[0]})` };
  }
  const found = { functions: new Set<string>(), idents: new Set<string>() };
  scan(ast, found);
  const unknown = [...found.functions].filter((f) => !KNOWN_FUNCTIONS.has(f));
  if (unknown.length > 0) return { error: `functions the evaluator lacks: ${unknown.sort().join(', ')}` };
  const evaluate = plan(ENV, ast as Parameters<typeof plan>[1]);
  return { run: (self) => evaluate({ self } as never), idents: found.idents };
}

const compiled = new Map<string, CompiledRule>();

/** The rule compiled (once per process, keyed by its text and message expression). */
export function compileRule(rule: string, messageExpression?: string): CompiledRule {
  const key = messageExpression === undefined ? rule : `${rule}\u0000${messageExpression}`;
  let found = compiled.get(key);
  if (found) return found;
  const main = program(rule);
  if ('error' in main) found = { kind: 'uncompilable', reason: main.error };
  else if (main.idents.has('oldSelf')) found = { kind: 'transition' };
  else {
    const message = messageExpression === undefined ? undefined : program(messageExpression);
    // An unusable messageExpression falls back to the message, as the API server does at runtime.
    found = { kind: 'program', run: main.run, ...(message && 'run' in message ? { message: message.run } : {}) };
  }
  compiled.set(key, found);
  return found;
}

/** What one evaluation says: passed, failed (the rule returned false), or errored (the API server rejects then too). */
export type Verdict = { readonly ok: true } | { readonly ok: false; readonly error?: string };

export function evaluate(run: Program, self: unknown): Verdict {
  let result: unknown;
  try {
    result = run(self);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (isCelError(result)) return { ok: false, error: result.message };
  if (result === true) return { ok: true };
  if (result === false) return { ok: false };
  return { ok: false, error: `rule returned ${typeof result}, not bool` };
}

/** The text of a messageExpression, when it evaluates to a non-blank string. */
export function messageOf(run: Program | undefined, self: unknown): string | undefined {
  if (!run) return undefined;
  try {
    const text = run(self);
    return typeof text === 'string' && text.trim() !== '' ? text : undefined;
  } catch {
    return undefined;
  }
}

function conversion(expression: string): Program {
  const p = program(expression);
  if ('error' in p) throw new Error(`CEL conversion ${expression}: ${p.error}`);
  return p.run;
}

/** CEL's own conversions, for the string formats the API server gives another CEL type (planned on first use). */
let converters: Readonly<Record<string, (text: string) => unknown>> | undefined;
function convertersOf(): Readonly<Record<string, (text: string) => unknown>> {
  if (converters) return converters;
  const toDuration = conversion('duration(self)');
  const toTimestamp = conversion('timestamp(self)');
  converters = {
    duration: toDuration,
    'date-time': toTimestamp,
    datetime: toTimestamp,
    // A date is the timestamp of its midnight, UTC.
    date: (text) => toTimestamp(`${text}T00:00:00Z`),
    byte: (text) => Uint8Array.from(Buffer.from(text, 'base64')),
  };
  return converters;
}

const CONVERTED_FORMATS = new Set(['duration', 'date-time', 'datetime', 'date', 'byte']);

/**
 * A string of a `format` the API server types otherwise in CEL (duration, timestamp, bytes),
 * converted; any other string unchanged. Throws when the text is not of its format.
 */
export function formatted(value: string, format: string | undefined): unknown {
  if (format === undefined || !CONVERTED_FORMATS.has(format)) return value;
  const result = convertersOf()[format](value);
  if (isCelError(result)) throw new Error(`${JSON.stringify(value)} is not a valid ${format}`);
  return result;
}
