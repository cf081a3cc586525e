import * as path from 'node:path';
import { TARGETS } from '../../config/targets';
import { loadPlatform } from '../../lib/model/load';
import { loadTenants } from '../../lib/model/tenants';
import type { TargetSpec, Tenant } from '../../config/types';
import { cloudInput, type CloudTargetInput } from '../../lib/synth/cloud';
import { readBuildCache } from '../support/build-cache';
import { synthesizeInput } from '../support/cloud-stacks';

export const CONFIG_DIR = path.resolve(__dirname, '..', '..', 'config');

let tenants: Tenant[] | undefined;

/** The shipped tenants (config/tenants.yaml), read directly so these tests need only targets + tenants. */
export function shippedTenants(): Tenant[] {
  tenants ??= loadTenants(
    path.join(CONFIG_DIR, 'tenants.yaml'),
    TARGETS.map((t) => t.name),
  );
  return tenants;
}

const inputs = new Map<string, CloudTargetInput>();

/**
 * A cluster's cloud input as the synth builds it (lib/synth/cloud-input.ts): its fleet role, the
 * tenants placed on it (a platform target keeps only its shared tenants), its members.
 */
export function inputFor(name: string): CloudTargetInput {
  let input = inputs.get(name);
  if (!input) {
    const platform = TARGETS.map((t) => t.name).find((t) => name === t || name.startsWith(`${t}-`)) ?? name;
    for (const cluster of loadPlatform({ dataDir: CONFIG_DIR, targets: [platform] }).targets)
      inputs.set(cluster.target.name, cloudInput(cluster));
    input = inputs.get(name);
    if (!input) throw new Error(`no cluster ${name} in the shipped fleet`);
  }
  return input;
}

export function targetsOf(cloud: TargetSpec['provider']['cloud']): string[] {
  return TARGETS.filter((t) => t.provider.cloud === cloud).map((t) => t.name);
}

export type Json = Record<string, any>;

export interface Synthesized {
  readonly text: string;
  readonly json: Json;
  /** Every resource as [type, logical id, tag-like properties its class has]. */
  readonly resources: ReadonlyArray<readonly [string, string, readonly string[]]>;
}

/** Token creation stacks off, as the cloud half builds stacks (lib/synth/cloud.ts): the same JSON, a fraction of the CPU. */
function synthesizedInput(input: CloudTargetInput): Synthesized {
  const { text, resources } = synthesizeInput(input);
  return { text, json: JSON.parse(text) as Json, resources };
}

const cache = new Map<string, Synthesized>();

/** One target's stack, synthesized in memory (no metadata), once per test file; `tenants` replaces the shipped ones. */
export function synth(name: string, tenants?: readonly Tenant[]): Synthesized {
  const key = tenants ? `${name}:${tenants.map((t) => t.slug).join(',')}` : name;
  let found = cache.get(key);
  if (!found) {
    // The shipped config's stacks come from the run's build cache (test/support/global-setup.ts), synthesized once.
    const cached = tenants ? undefined : readBuildCache()?.stacks.find((s) => s.target === name);
    if (cached) found = { text: cached.text, json: JSON.parse(cached.text) as Json, resources: cached.resources };
    else {
      const input = tenants ? { ...inputFor(name), tenants } : inputFor(name);
      found = synthesizedInput(input);
    }
    cache.set(key, found);
  }
  return found;
}

/** A stack synthesized from a changed input, never cached: for tests that flip a model field and watch the Terraform follow. */
export function synthInput(input: CloudTargetInput): Synthesized {
  return synthesizedInput(input);
}

export function resources(json: Json, type: string): Record<string, Json> {
  return json.resource?.[type] ?? {};
}

export function only(json: Json, type: string): Json {
  const all = Object.values(resources(json, type));
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

export function dataSources(json: Json, type: string): Record<string, Json> {
  return json.data?.[type] ?? {};
}

/** Every taggable resource of the stack as [type, logical id, synthesized body]. */
export function taggableResources(s: Synthesized, properties: readonly string[]): Array<[string, string, Json]> {
  return s.resources
    .filter(([, , props]) => props.some((p) => properties.includes(p)))
    .map(([type, id]) => [type, id, resources(s.json, type)[id]] as [string, string, Json]);
}

/** `${azurerm_key_vault.key_vault.id}` for a resource's attribute. */
export function ref(type: string, id: string, attribute = 'id'): string {
  return `\${${type}.${id}.${attribute}}`;
}
