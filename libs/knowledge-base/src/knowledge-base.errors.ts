/** The knowledge base on disk is wrong: found at load time (start-up, tests, the CLIs), never by a customer. */
export class InvalidKnowledgeBaseError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The knowledge base has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'InvalidKnowledgeBaseError';
  }
}
