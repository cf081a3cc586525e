/**
 * The documented outputs step: after `npx cdktf deploy <target>`, records the identity values that
 * only exist after apply (Azure client ids; AWS role ARNs and GCP e-mails for completeness) in
 * config/targets/<target>.outputs.json, validated by config/outputs.ts. The next synth annotates
 * the ServiceAccounts in dist/ with them; nobody edits dist/ by hand.
 *
 *   npm run cloud-outputs -- --target prod-azure                  # runs `terraform output -json` in cdktf.out/stacks/prod-azure
 *   npm run cloud-outputs -- --target prod-azure --from out.json  # a `cdktf output --outputs-file` or `terraform output -json` file
 *   [--data-dir DIR] [--check]                                    # --check: validate and print, do not write
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { displayPath, resolveDataDir } from '../lib/model/load';
import { outputsFile, parseTargetOutputs, type TargetOutputs } from '../lib/model/outputs';
import { targetByName } from '../config/targets';
import { OUTPUT_NAMES } from '../constructs/cloud/common/outputs';
import { flag, parseArgs } from './cli/args';
import { reportFailure } from './cli/report';
import { cloudOutDir } from '../lib/synth/cloud';

type Json = Record<string, unknown>;

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
  if (identities === undefined) throw new Error(`output "${OUTPUT_NAMES.identities}" not found in ${source}; was the stack applied?`);
  const nameServers = values[OUTPUT_NAMES.nameServers];
  return parseTargetOutputs(
    { target: targetName, source, identities, ...(Array.isArray(nameServers) ? { nameServers } : {}) },
    source,
    targetName,
  );
}

function readOutputs(targetName: string, from: string | undefined): { raw: Json; source: string } {
  if (from) return { raw: JSON.parse(fs.readFileSync(from, 'utf8')) as Json, source: path.basename(from) };
  const stackDir = path.join(cloudOutDir(), 'stacks', targetName);
  if (!fs.existsSync(stackDir))
    throw new Error(`${displayPath(stackDir)} does not exist: run npm run synth:cloud and npx cdktf deploy ${targetName} first`);
  const text = execFileSync('terraform', ['output', '-json'], { cwd: stackDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return { raw: JSON.parse(text) as Json, source: `terraform output -json (cdktf.out/stacks/${targetName})` };
}

export function runCloudOutputs(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv, ['check']);
    const targetName = flag(args, 'target');
    if (!targetName) throw new Error('--target T is required');
    targetByName(targetName);
    const { raw, source } = readOutputs(targetName, flag(args, 'from'));
    const outputs = toTargetOutputs(outputValues(raw, targetName), targetName, source);
    const text = `${JSON.stringify(outputs, null, 2)}\n`;
    if (flag(args, 'check')) {
      process.stdout.write(text);
      return 0;
    }
    const file = outputsFile(resolveDataDir(flag(args, 'data-dir')), targetName);
    fs.writeFileSync(file, text);
    console.log(
      `cloud-outputs: wrote ${displayPath(file)} (${Object.keys(outputs.identities).length} identities); run npm run synth to annotate the ServiceAccounts`,
    );
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

if (require.main === module) process.exitCode = runCloudOutputs(process.argv.slice(2));
