/**
 * Fills the dev secret store of a dev-generated target (fact sheet §9, the dev-secrets script):
 * strong random values for every vault entry the target's rendered ExternalSecrets read, printed as
 * Kubernetes Secrets (one per entry, named after the entry, in matih-system, where the target's
 * store reads) or applied with kubectl. Nothing is written to disk.
 *
 *   npm run -s dev-secrets -- --target dev-azure | kubectl --context C apply -f -   # YAML to a pipe
 *   npm run dev-secrets -- --target dev-azure --out FILE                            # YAML to a file (mode 600)
 *   npm run dev-secrets -- --target dev-azure --apply --context C                   # kubectl apply, context named
 *
 * Values come from crypto.randomBytes in the shape config/secrets.ts declares per key. A Secret
 * read in several namespaces (a shared JWT signing key) is one entry, generated once.
 */
import { spawn as nodeSpawn } from 'node:child_process';
import * as fs from 'node:fs';
import { Option } from 'commander';
import { InputError, loadPlatform } from '../lib/model/load';
import { renderedObjects } from '../lib/insight';
import { FEATURES } from '../lib/render/features';
import { renderTarget } from '../lib/render/render';
import { dataDirOf, dataDirOption, defineCommand, EXIT, main, singleTarget, targetOption } from './cli/command';
import type { Io } from './cli/io';
import { generateDevSecrets, referencedEntries, toSecretYaml } from '../lib/render/dev-secrets';
import { DEV_SECRETS_NAMESPACE } from '../constructs/k8s/secrets/providers';

/** Runs `kubectl --context <context> apply -f -` with `input`; resolves to its exit code. */
export type Apply = (input: string, context: string) => Promise<number>;

export function kubectlApply(input: string, context: string, spawn: typeof nodeSpawn = nodeSpawn): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('kubectl', ['--context', context, 'apply', '-f', '-'], { stdio: ['pipe', 'inherit', 'inherit'] });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new InputError('kubectl was not found on PATH: install it, or use --out FILE and apply the file yourself')
          : error,
      );
    });
    child.on('close', (code) => resolve(code ?? 1));
    child.stdin?.end(input);
  });
}

/**
 * True when npm printed its run banner (`> matih-infra@… dev-secrets`) into the same stdout: npm 11
 * writes it to stdout unless run with `-s`, and a pipe to kubectl then receives invalid YAML.
 */
export function npmBannerOnStdout(env: Io['env']): boolean {
  return env.npm_lifecycle_event !== undefined && env.npm_config_loglevel !== 'silent';
}

interface Flags {
  readonly target?: string[];
  readonly dataDir?: string;
  readonly out?: string;
  readonly apply?: boolean;
  readonly context?: string;
}

export function devSecretsCommand(apply: Apply = kubectlApply) {
  return defineCommand<Flags>({
    name: 'dev-secrets',
    description:
      "Generate strong random values for every vault entry a dev target's ExternalSecrets read, as Kubernetes Secrets for its dev store (matih-system). Nothing is written to the repository; secret values never go to a terminal.",
    examples: [
      [
        'npm run -s dev-secrets -- --target dev-azure | kubectl --context kind-matih apply -f -',
        "pipe (-s keeps npm's banner out of the YAML)",
      ],
      ['npm run dev-secrets -- --target dev-azure --out /tmp/dev-secrets.yaml', 'to a file (mode 600)'],
      ['npm run dev-secrets -- --target dev-azure --apply --context kind-matih', 'kubectl apply to the named context'],
    ],
    options: (command) => {
      targetOption(command, 'the dev target (exactly one, with settings.secretsSource dev-generated)');
      dataDirOption(command);
      command.addOption(new Option('-o, --out <file>', 'write the YAML to this file (mode 600) instead of stdout'));
      command.addOption(new Option('--apply', 'apply with kubectl instead of printing (needs --context)'));
      command.addOption(new Option('--context <name>', 'kubectl context to apply to (required with --apply)'));
    },
    run: async (ctx, flags) => {
      const target = singleTarget(flags.target, 'dev-secrets');
      if (flags.apply && !flags.context)
        throw new InputError(
          '--apply needs --context <name>: the kube context to write the Secrets to (kubectl config get-contexts lists them)',
        );
      if (flags.context && !flags.apply) throw new InputError('--context is only used with --apply');
      if (flags.apply && flags.out) throw new InputError('use either --apply or --out, not both');
      if (!flags.apply && !flags.out) {
        if (ctx.io.stdout.isTTY)
          throw new InputError(
            'refusing to print secret values to a terminal: pipe them (npm run -s dev-secrets -- --target T | kubectl --context C apply -f -), or use --out FILE or --apply --context C',
          );
        if (npmBannerOnStdout(ctx.io.env))
          throw new InputError(
            'npm wrote its "> matih-infra@… dev-secrets" banner into this pipe, which kubectl cannot read: run npm run -s dev-secrets (or use --out FILE or --apply --context C)',
          );
      }
      const platform = loadPlatform({ dataDir: dataDirOf(ctx, flags.dataDir), targets: [target] });
      const model = platform.targets[0];
      if (model.settings.secretsSource !== 'dev-generated')
        throw new InputError(
          `target ${target} reads its secrets from the cloud vault (settings.secretsSource: ${model.settings.secretsSource}); dev-secrets only fills dev-generated stores`,
        );
      const secrets = generateDevSecrets(referencedEntries(renderedObjects(renderTarget(model, FEATURES))));
      const text = toSecretYaml(target, secrets);
      if (flags.out) {
        const file = ctx.resolve(flags.out);
        fs.writeFileSync(file, text, { mode: 0o600 });
        fs.chmodSync(file, 0o600);
        ctx.err(`dev-secrets: wrote ${secrets.length} Secrets for ${DEV_SECRETS_NAMESPACE} to ${ctx.show(file)} (never commit it)`);
        return EXIT.ok;
      }
      if (!flags.apply) {
        ctx.io.stdout.write(text);
        ctx.err(`dev-secrets: ${secrets.length} Secrets for namespace ${DEV_SECRETS_NAMESPACE} of ${target} written to stdout`);
        return EXIT.ok;
      }
      ctx.err(`dev-secrets: applying ${secrets.length} Secrets to kube context "${flags.context}", namespace ${DEV_SECRETS_NAMESPACE}`);
      const code = await apply(text, flags.context!);
      if (code !== 0) {
        ctx.err(`error: kubectl apply exited with ${code}`);
        return EXIT.failed;
      }
      ctx.err(`dev-secrets: applied ${secrets.length} Secrets to ${DEV_SECRETS_NAMESPACE} in context "${flags.context}"`);
      return EXIT.ok;
    },
  });
}

export const runDevSecrets = devSecretsCommand();

if (require.main === module) main(runDevSecrets);
