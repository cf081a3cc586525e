/**
 * The documented outputs step: after `npx cdktf deploy <target>`, records the identity values that
 * only exist after apply (Azure client ids; AWS role ARNs and GCP e-mails for completeness) in
 * config/targets/<target>.outputs.json, validated by lib/model/outputs.ts. The next synth annotates
 * the ServiceAccounts in dist/ with them; nobody edits dist/ by hand.
 *
 *   npm run cloud-outputs -- --target prod-azure                  # runs `terraform output -json` in cdktf.out/stacks/prod-azure
 *   npm run cloud-outputs -- --target prod-azure --from out.json  # a `cdktf output --outputs-file` or `terraform output -json` file
 *   [--data-dir DIR] [--check]                                    # --check: validate and print, do not write
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { displayPath, InputError } from '../lib/model/load';
import { outputsFile } from '../lib/model/outputs';
import { type Json, outputValues, toTargetOutputs } from '../lib/synth/cloud-outputs';
import { TARGETS } from '../config/targets';
import { closestKey } from '../lib/model/suggest';
import { type Context, dataDirOf, dataDirOption, defineCommand, EXIT, main, quietOption, singleTarget, targetOption } from './cli/command';
import { cloudDirOf } from './cli/paths';

function readOutputs(ctx: Context, targetName: string, from: string | undefined, cloudDir: string): { raw: Json; source: string } {
  if (from) {
    const file = ctx.resolve(from);
    if (!fs.existsSync(file)) throw new InputError(`--from ${from}: no such file`);
    try {
      return { raw: JSON.parse(fs.readFileSync(file, 'utf8')) as Json, source: path.basename(file) };
    } catch (error) {
      throw new InputError(`--from ${from}: not JSON (${(error as Error).message.split('\n')[0]})`);
    }
  }
  const stackDir = path.join(cloudDir, 'stacks', targetName);
  if (!fs.existsSync(stackDir))
    throw new InputError(
      `${ctx.show(stackDir)} does not exist: run npm run synth:cloud and npx cdktf deploy ${targetName} first, or pass --from FILE`,
    );
  let text: string;
  try {
    text = execFileSync('terraform', ['output', '-json'], { cwd: stackDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT')
      throw new InputError('terraform was not found on PATH: install it, or pass --from FILE (a `terraform output -json` file)');
    throw new Error(`terraform output -json failed in ${ctx.show(stackDir)}: ${e.message.split('\n')[0]}`, { cause: error });
  }
  return { raw: JSON.parse(text) as Json, source: `terraform output -json (cdktf.out/stacks/${targetName})` };
}

interface Flags {
  readonly target?: string[];
  readonly from?: string;
  readonly check?: boolean;
  readonly dataDir?: string;
  readonly quiet?: boolean;
}

export const runCloudOutputs = defineCommand<Flags>({
  name: 'cloud-outputs',
  description:
    'Record the identity values an applied stack reports (Azure client ids; AWS role ARNs, GCP e-mails) in config/targets/<target>.outputs.json, validated; the next synth annotates the ServiceAccounts with them.',
  examples: [
    ['npm run cloud-outputs -- --target prod-azure', 'runs `terraform output -json` in cdktf.out/stacks/prod-azure'],
    ['npm run cloud-outputs -- --target prod-azure --from out.json', 'a `cdktf output --outputs-file` or `terraform output -json` file'],
    ['npm run cloud-outputs -- --target prod-azure --from out.json --check', 'validate and print, write nothing'],
  ],
  options: (command) => {
    targetOption(command, 'the applied target (exactly one)');
    command.option('--from <file>', 'outputs file instead of running terraform output -json');
    command.option('--check', 'validate and print the outputs file, write nothing');
    dataDirOption(command);
    quietOption(command);
  },
  run: (ctx, flags) => {
    const targetName = singleTarget(flags.target, 'cloud-outputs');
    const known = TARGETS.map((t) => t.name);
    if (!known.includes(targetName)) {
      const hint = closestKey(targetName, known);
      throw new InputError(`unknown target "${targetName}"${hint ? ` (did you mean "${hint}"?)` : ''}; known targets: ${known.join(', ')}`);
    }
    const dataDir = dataDirOf(ctx, flags.dataDir);
    const { raw, source } = readOutputs(ctx, targetName, flags.from, cloudDirOf(ctx, undefined));
    const outputs = toTargetOutputs(outputValues(raw, targetName), targetName, source);
    const text = `${JSON.stringify(outputs, null, 2)}\n`;
    if (flags.check) {
      ctx.io.stdout.write(text);
      return EXIT.ok;
    }
    const file = outputsFile(dataDir, targetName);
    fs.writeFileSync(file, text);
    if (!ctx.quiet)
      ctx.out(
        `cloud-outputs: wrote ${displayPath(file)} (${Object.keys(outputs.identities).length} identities); run npm run synth to annotate the ServiceAccounts`,
      );
    return EXIT.ok;
  },
});

if (require.main === module) main(runCloudOutputs);
