/**
 * An applied stack's outputs read back into the outputs file of its target
 * (config/targets/<target>.outputs.json, validated by lib/model/outputs.ts): the identity values that
 * only exist after apply, and the DNS name servers.
 */
import { InputError } from '../model/load';
import { parseTargetOutputs, type TargetOutputs } from '../model/outputs';
import { OUTPUT_NAMES } from '../../constructs/cloud/common/outputs';

export type Json = Record<string, unknown>;

/** Accepts `terraform output -json` ({name: {value}}) and `cdktf output --outputs-file` ({stack: {name: value}}). */
export function outputValues(raw: Json, targetName: string): Json {
  const scoped = targetName in raw && typeof raw[targetName] === 'object' ? (raw[targetName] as Json) : raw;
  return Object.fromEntries(
    Object.entries(scoped).map(([name, v]) => [
      name,
      v !== null && typeof v === 'object' && 'value' in (v as Json) && 'type' in (v as Json) ? (v as Json).value : v,
    ]),
  );
}

/** Builds the outputs file content from stack output values; throws ModelError when invalid. */
export function toTargetOutputs(values: Json, targetName: string, source: string): TargetOutputs {
  const identities = values[OUTPUT_NAMES.identities];
  if (identities === undefined) throw new InputError(`output "${OUTPUT_NAMES.identities}" not found in ${source}; was the stack applied?`);
  const nameServers = values[OUTPUT_NAMES.nameServers];
  return parseTargetOutputs(
    { target: targetName, source, identities, ...(Array.isArray(nameServers) ? { nameServers } : {}) },
    source,
    targetName,
  );
}
