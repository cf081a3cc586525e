/** Minimal flag parser shared by the apps and scripts: `--name value`, `--flag`, and positionals. */
export interface ParsedArgs {
  readonly flags: Map<string, string[]>;
  readonly positionals: string[];
}

export function parseArgs(argv: readonly string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const flags = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    let value: string;
    if (inline !== undefined) value = inline;
    else if (booleanFlags.includes(name)) value = 'true';
    else {
      value = argv[++i];
      if (value === undefined) throw new Error(`flag --${name} needs a value`);
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { flags, positionals };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.at(-1);
}

export function flagList(args: ParsedArgs, name: string): string[] | undefined {
  const values = args.flags
    .get(name)
    ?.flatMap((v) => v.split(','))
    .filter(Boolean);
  return values && values.length > 0 ? values : undefined;
}
