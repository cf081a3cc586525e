/**
 * Plain manifests for objects a target has thousands of (everything per tenant). A typed object is
 * described by a cdk8s L1 class and its props, exactly as `new Class(scope, id, props)` would take
 * them, and converted without a construct: the props are cleaned the way cdk8s' ApiObject.toJson()
 * resolves and sanitizes them (sorted keys, no null/undefined, empty metadata maps dropped,
 * Quantity/IntOrString as `{ value }`), then `Class.manifest()` runs the generated props -> JSON
 * mapping, once per shape: later objects of a shape seen before take its learned plan (below). The
 * result is the JSON the construct would render, key order included (test/render/manifests.test.ts
 * compares both).
 */
import { Lazy } from 'cdk8s';
import type { L1Class } from '../../constructs/k8s/core/typed-object';
import type { K8sObject } from '../k8s/object';

/** Thrown while cleaning at add time when a value can only be resolved at render (Lazy, tokens). */
export class Deferred extends Error {}

/**
 * cdk8s' resolve + sanitize of one value: sorted keys, null/undefined dropped, empty maps and lists
 * dropped when `filterEmpty` (metadata only). `resolveLazy` false throws Deferred on a Lazy or token.
 */
function cleanValue(value: unknown, filterEmpty: boolean, resolveLazy: boolean): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (filterEmpty && value.length === 0) return undefined;
    return value.map((x) => cleanValue(x, filterEmpty, resolveLazy));
  }
  const v = value as Record<string, unknown>;
  if (v.constructor !== Object) {
    // The three default cdk8s resolvers, in their order: Lazy, implicit tokens, number/string unions.
    if (v instanceof Lazy || typeof v.resolve === 'function') {
      if (!resolveLazy) throw new Deferred();
      return cleanValue(v instanceof Lazy ? v.produce() : (v.resolve as () => unknown)(), filterEmpty, resolveLazy);
    }
    if (typeof v.value === 'string' || typeof v.value === 'number') return { value: v.value };
    throw new Error(`can't render non-simple object of type '${v.constructor?.name}'`);
  }
  const result: Record<string, unknown> = {};
  let size = 0;
  for (const key of Object.keys(v).sort()) {
    const item = cleanValue(v[key], filterEmpty, resolveLazy);
    if (item !== undefined) {
      result[key] = item;
      size++;
    }
  }
  return filterEmpty && size === 0 ? undefined : result;
}

/** The rendered JSON of `new cls(scope, id, props)`; throws Deferred when `resolveLazy` is false and a value is lazy. */
export function manifestOf<P>(cls: L1Class<P>, props: P, resolveLazy: boolean): K8sObject {
  const shapes = shapesOf(cls);
  const rawName = (props as { metadata?: { name?: unknown } }).metadata?.name;
  const hint = typeof rawName === 'string' ? shapes.byName.get(rawName) : undefined;
  const hinted = hint && planned(hint, props);
  if (hinted) return hinted;
  for (const plan of shapes.plans) {
    const object = plan === hint ? undefined : planned(plan, props);
    if (!object) continue;
    // Objects of one name mostly share a shape (the same policy in every tenant): try that plan first next time.
    if (plan !== shapes.plans[0] && shapes.byName.size < MAX_HINTS) shapes.byName.set(object.metadata.name, plan);
    return object;
  }
  const { metadata, ...body } = props as Record<string, unknown>;
  const meta = cleanValue(metadata, true, resolveLazy) as Record<string, unknown> | undefined;
  const name = meta?.name;
  if (typeof name !== 'string' || name === '')
    throw new Error(`${cls.GVK.kind}: metadata.name is required for a manifest (no generated names)`);
  const input = { ...(cleanValue(body, false, resolveLazy) as Record<string, unknown>), metadata: meta };
  const object = cls.manifest(input as P) as K8sObject;
  if (shapes.plans.length < MAX_PLANS && shapes.failures < MAX_PLANS) {
    const plan = learnPlan(input, object, true);
    if (plan) {
      shapes.plans.push(plan);
      if (shapes.byName.size < MAX_HINTS) shapes.byName.set(name, plan);
    } else {
      shapes.failures++;
    }
  }
  return object;
}

/*
 * Shape plans: the generated props -> JSON mapping (`Class.manifest()`) copies the whole object once
 * per key. Its result depends only on the shape of the cleaned props (key sets, list lengths, which
 * leaves are `{ value }` wrappers), never on leaf values. So the mapping runs once per shape and a
 * plan records what it did (output key order, wrappers unwrapped, apiVersion/kind added); later
 * props of exactly that shape are cleaned and mapped in one pass over the raw props, with no sort.
 * Anything the plan did not see (another key, a Lazy, a class instance, a null in a list, an empty
 * metadata map) is a mismatch and takes the generic path, which may learn a plan for it.
 */
type Plan =
  | { readonly t: 'copy' }
  | { readonly t: 'unwrap' }
  | { readonly t: 'const'; readonly value: string }
  | { readonly t: 'list'; readonly items: readonly Plan[] }
  | { readonly t: 'map'; readonly keys: readonly string[]; readonly children: readonly Plan[]; readonly inputKeys: number };

/** Per class: learned plans, the plan that last fit an object of a name, and how often learning failed (a shape the mapping renames or drops). */
interface Shapes {
  readonly plans: Plan[];
  readonly byName: Map<string, Plan>;
  failures: number;
}

const MAX_PLANS = 24;
const MAX_HINTS = 256;
const MISMATCH = Symbol('mismatch');
const COPY: Plan = { t: 'copy' };
const UNWRAP: Plan = { t: 'unwrap' };
let shapeCache = new WeakMap<object, Shapes>();

/** Forgets every learned plan (the process starts without any): for tests that count what the mapping does. */
export function forgetShapePlans(): void {
  shapeCache = new WeakMap();
}

function shapesOf(cls: object): Shapes {
  let shapes = shapeCache.get(cls);
  if (!shapes) {
    shapes = { plans: [], byName: new Map(), failures: 0 };
    shapeCache.set(cls, shapes);
  }
  return shapes;
}

const isLeaf = (x: unknown): boolean => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';

/** What the mapping did to the cleaned `input` to give `output`; undefined when it is not a plan's business (renames, dropped keys). */
function learnPlan(input: unknown, output: unknown, top: boolean): Plan | undefined {
  if (isLeaf(output)) {
    if (input === output) return COPY;
    const wrapper = input as Record<string, unknown> | null;
    const unwraps =
      typeof wrapper === 'object' &&
      wrapper !== null &&
      !Array.isArray(wrapper) &&
      Object.keys(wrapper).length === 1 &&
      wrapper.value === output;
    return unwraps ? UNWRAP : undefined;
  }
  if (typeof output !== 'object' || output === null || typeof input !== 'object' || input === null) return undefined;
  if (Array.isArray(output)) {
    if (!Array.isArray(input) || input.length !== output.length) return undefined;
    const items: Plan[] = [];
    for (let i = 0; i < output.length; i++) {
      const item = learnPlan(input[i], output[i], false);
      if (!item) return undefined;
      items.push(item);
    }
    return { t: 'list', items };
  }
  if (Array.isArray(input)) return undefined;
  const inputObject = input as Record<string, unknown>;
  const outputObject = output as Record<string, unknown>;
  const keys = Object.keys(outputObject);
  const children: Plan[] = [];
  let inputKeys = 0;
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(inputObject, key)) {
      const child = learnPlan(inputObject[key], outputObject[key], false);
      if (!child) return undefined;
      children.push(child);
      inputKeys++;
    } else if (top && (key === 'apiVersion' || key === 'kind') && typeof outputObject[key] === 'string') {
      children.push({ t: 'const', value: outputObject[key] as string });
    } else {
      return undefined;
    }
  }
  return inputKeys === Object.keys(inputObject).length ? { t: 'map', keys, children, inputKeys } : undefined;
}

/** cleanValue + mapping of raw `value` by `plan`, or MISMATCH when `value` does not have the plan's shape exactly. */
// Emptiness needs no check: a plan learned from cleaned metadata has no empty map or list, and a raw value matching it is not empty either.
function applyPlan(plan: Plan, value: unknown): unknown {
  switch (plan.t) {
    case 'copy':
      return isLeaf(value) ? value : MISMATCH;
    case 'unwrap': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return MISMATCH;
      const v = value as Record<string, unknown>;
      if (v instanceof Lazy || typeof v.resolve === 'function' || !(typeof v.value === 'string' || typeof v.value === 'number'))
        return MISMATCH;
      // A plain `{ value }` must have no other defined key; Quantity and IntOrString are cleaned to `{ value }` whatever else they hold.
      if (v.constructor === Object && definedKeys(v) !== 1) return MISMATCH;
      return v.value;
    }
    case 'const':
      return plan.value;
    case 'list': {
      if (!Array.isArray(value) || value.length !== plan.items.length) return MISMATCH;
      const result: unknown[] = new Array(value.length);
      for (let i = 0; i < value.length; i++) {
        const item = applyPlan(plan.items[i], value[i]);
        if (item === MISMATCH) return MISMATCH;
        result[i] = item;
      }
      return result;
    }
    case 'map': {
      if (typeof value !== 'object' || value === null || (value as object).constructor !== Object) return MISMATCH;
      const v = value as Record<string, unknown>;
      if (definedKeys(v) !== plan.inputKeys) return MISMATCH;
      const result: Record<string, unknown> = {};
      for (let i = 0; i < plan.keys.length; i++) {
        const key = plan.keys[i];
        const child = plan.children[i];
        const item = child.t === 'const' ? child.value : applyPlan(child, v[key]);
        if (item === MISMATCH) return MISMATCH;
        result[key] = item;
      }
      return result;
    }
  }
}

/** The manifest of `props` by `plan`, if they have its shape and a name (else the generic path reports the error). */
function planned(plan: Plan, props: unknown): K8sObject | undefined {
  const object = applyPlan(plan, props) as K8sObject | typeof MISMATCH;
  return object !== MISMATCH && typeof object.metadata.name === 'string' && object.metadata.name !== '' ? object : undefined;
}

/** Keys whose value is neither null nor undefined (the ones cleaning keeps, when not empty). */
function definedKeys(v: Record<string, unknown>): number {
  let n = 0;
  for (const key in v) if (v[key] !== null && v[key] !== undefined && Object.prototype.hasOwnProperty.call(v, key)) n++;
  return n;
}
