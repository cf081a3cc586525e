/** A mistake in the model: the file (or `config (target T)`) and every problem found, each naming its key path. */
export class ModelError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ModelError';
  }
}

/**
 * A mistake in what was asked for rather than in the model: an unknown target, a missing file, a
 * flag that needs another. Printed as one line, exit code 1, never with a stack trace.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A warning about the model that does not stop a run (printed once per run, never fails it). */
export interface ModelWarning {
  /** The file the warning is about (`config/overrides/prod.yaml`, `config/environments/prod.ts`). */
  readonly file: string;
  /** `components.api-gateway.replicas: ...` */
  readonly message: string;
}
