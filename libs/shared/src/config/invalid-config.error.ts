export interface ConfigProblem {
  readonly variable: string;
  readonly message: string;
}

/** Raised at boot when one or more environment variables are unusable; names each of them. */
export class InvalidConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      'Invalid configuration:\n' +
        problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n'),
    );
    this.name = 'InvalidConfigError';
  }
}
