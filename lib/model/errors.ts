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
