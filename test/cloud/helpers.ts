import * as path from 'node:path';
import { Testing, TerraformResource, type TerraformStack } from 'cdktf';
import { TARGETS, targetByName } from '../../config/targets';
import { resolveSpec } from '../../lib/model/load';
import { loadTenants } from '../../lib/model/tenants';
import type { TargetSpec, Tenant } from '../../config/types';
import { buildCloudApp, type CloudTargetInput, withFastTokens } from '../../lib/synth/cloud';
import { isTaggable } from '../../constructs/cloud/common/tags';

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

export function inputFor(name: string): CloudTargetInput {
  const target = targetByName(name);
  return {
    target,
    tenants: shippedTenants().filter((t) => t.targets.includes(name)),
    settings: resolveSpec(target, CONFIG_DIR).settings.cloud,
  };
}

export function targetsOf(cloud: TargetSpec['provider']['cloud']): string[] {
  return TARGETS.filter((t) => t.provider.cloud === cloud).map((t) => t.name);
}

export type Json = Record<string, any>;

export interface Synthesized {
  readonly stack: TerraformStack;
  readonly text: string;
  readonly json: Json;
}

const cache = new Map<string, Synthesized>();

/** One target's stack, synthesized in memory (no metadata), once per test file; `tenants` replaces the shipped ones. */
export function synth(name: string, tenants?: readonly Tenant[]): Synthesized {
  const key = tenants ? `${name}:${tenants.map((t) => t.slug).join(',')}` : name;
  let found = cache.get(key);
  if (!found) {
    const input = tenants ? { ...inputFor(name), tenants } : inputFor(name);
    // Token creation stacks off, as the cloud app builds stacks (lib/synth/cloud.ts): the same JSON, a fraction of the CPU.
    const { stack, text } = withFastTokens(() => {
      const built = buildCloudApp([input], path.join(require('node:os').tmpdir(), 'matih-cloud-test')).stacks[0];
      return { stack: built, text: Testing.synth(built) };
    });
    found = { stack, text, json: JSON.parse(text) as Json };
    cache.set(key, found);
  }
  return found;
}

/** A stack synthesized from a changed input, never cached: for tests that flip a model field and watch the Terraform follow. */
export function synthInput(input: CloudTargetInput): Synthesized {
  return withFastTokens(() => {
    const { stacks } = buildCloudApp([input], path.join(require('node:os').tmpdir(), 'matih-cloud-test'));
    const text = Testing.synth(stacks[0]);
    return { stack: stacks[0], text, json: JSON.parse(text) as Json };
  });
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
  return s.stack.node
    .findAll()
    .filter((c) => isTaggable(c, properties))
    .map((c) => {
      const r = c as TerraformResource;
      const id = s.stack.getLogicalId(r);
      return [r.terraformResourceType, id, resources(s.json, r.terraformResourceType)[id]] as [string, string, Json];
    });
}

/** `${azurerm_key_vault.key_vault.id}` for a resource's attribute. */
export function ref(type: string, id: string, attribute = 'id'): string {
  return `\${${type}.${id}.${attribute}}`;
}
