import { startTestApp, TestApp } from './support/test-app';

/**
 * The OpenAPI document as a client generator reads it: every operation says what it does, what
 * its success answer looks like and which problems it can answer, and every `$ref` lands.
 */

interface Response {
  readonly description?: string;
  readonly content?: Record<string, { readonly schema?: unknown }>;
}

interface Operation {
  readonly operationId?: string;
  readonly summary?: string;
  readonly responses: Record<string, Response>;
}

interface OpenApiDocument {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { readonly schemas: Record<string, unknown> };
}

const PROBLEM_REF = '#/components/schemas/ProblemDetails';
/** What every operation can answer: bad input or an unsafe URL, a bad token, the database gone. */
const ALWAYS = ['400', '401', '503'];

function operationsOf(document: OpenApiDocument): { name: string; operation: Operation }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
  );
}

/** Every `$ref` anywhere in the document, with where it was found. */
function refsIn(node: unknown, at: string, found: { at: string; ref: string }[] = []): { at: string; ref: string }[] {
  if (Array.isArray(node)) node.forEach((item, i) => refsIn(item, `${at}/${i}`, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push({ at, ref: value });
      else refsIn(value, `${at}/${key}`, found);
    }
  }
  return found;
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    document = (await t.http().get('/api/docs/openapi.json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('describes the whole REST API', () => {
    expect(operationsOf(document).length).toBeGreaterThanOrEqual(78);
  });

  it('gives every operation a summary', () => {
    const without = operationsOf(document).filter(({ operation }) => !operation.summary?.trim());
    expect(without.map((o) => o.name)).toEqual([]);
  });

  it('describes every success answer with a schema (a 204 has no body to describe)', () => {
    const without = operationsOf(document).filter(({ operation }) => {
      const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      if (successes.length !== 1) return true;
      const [[status, response]] = successes;
      if (status === '204') return response.content !== undefined;
      const media = Object.values(response.content ?? {});
      return media.length === 0 || media.some((m) => m.schema === undefined);
    });
    expect(without.map((o) => o.name)).toEqual([]);
  });

  it('gives every operation its failures as problem+json with the shared ProblemDetails schema', () => {
    for (const { name, operation } of operationsOf(document)) {
      const failures = Object.entries(operation.responses).filter(([status]) => /^[45]/.test(status));
      expect({ name, statuses: ALWAYS.filter((s) => !(s in operation.responses)) }).toEqual({ name, statuses: [] });
      for (const [status, response] of failures) {
        expect({ name, status, schema: response.content?.['application/problem+json']?.schema }).toEqual({ name, status, schema: { $ref: PROBLEM_REF } });
      }
    }
  });

  it('says 404 wherever the path names a resource, and 403 wherever a token is required', () => {
    const ticketById = document.paths['/api/v1/tickets/{id}'].get;
    expect(Object.keys(ticketById.responses)).toEqual(expect.arrayContaining(['404', '403']));
    // Public: anyone may ask, so no caller is refused for who they are.
    expect(Object.keys(document.paths['/api/v1/bot/messages'].post.responses)).not.toContain('403');
    // Rate-limited routes say so.
    expect(Object.keys(document.paths['/api/v1/bot/messages'].post.responses)).toContain('429');
  });

  it('names each contract view once, as a component its answers refer to', () => {
    const answer = document.paths['/api/v1/wallet/transactions'].get.responses['200'].content?.['application/json']?.schema;
    expect(answer).toEqual({ $ref: '#/components/schemas/WalletTransactionPageView' });
    expect(document.components.schemas.WalletTransactionPageView).toMatchObject({
      properties: { items: { type: 'array', items: { $ref: '#/components/schemas/WalletTransactionView' } }, nextCursor: { type: 'string', nullable: true } },
    });
  });

  it('resolves every $ref to a component that exists', () => {
    const refs = refsIn(document, '#');
    expect(refs.length).toBeGreaterThan(0);
    const dangling = refs.filter(({ ref }) => !ref.startsWith('#/components/schemas/') || !(ref.slice('#/components/schemas/'.length) in document.components.schemas));
    expect(dangling).toEqual([]);
  });
});
