import { CHAT_EVENTS, SocketError } from '@okpay/contracts';
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { ChatClient, connect, listen, visitorSession } from './support/chat-clients';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, registerCustomer } from './support/wallet-fixtures';

/**
 * The bad-input table: every route of the OpenAPI document and every socket event the gateways
 * serve, each sent NUL, an unpaired surrogate, deep JSON, wrong types, unknown ids, out-of-range
 * numbers and the wrong content type, by a principal the route lets in (so the request gets as
 * far as validation). Each must answer a coded 4xx and store nothing. A new route or event is in
 * the table without anyone adding it; what does not apply to one is listed below with a reason.
 */

interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly example?: unknown;
  readonly minimum?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly required?: readonly string[];
  readonly properties?: Record<string, Schema>;
  readonly items?: Schema;
  readonly allOf?: readonly Schema[];
}

interface Parameter {
  readonly in: 'path' | 'query' | 'header';
  readonly name: string;
  readonly schema: Schema;
}

interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content: Record<string, { readonly schema: Schema }> };
  readonly security?: readonly unknown[];
}

interface OpenApiDocument {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { readonly schemas: Record<string, Schema> };
}

/** One bad request and what its answer must be beyond "a coded 4xx problem". */
interface BadRequest {
  readonly name: string;
  readonly url: string;
  readonly contentType?: string;
  readonly body?: string | Buffer;
  readonly status?: number;
  readonly code?: string;
}

/** Routes that take no input, or only free text: only the URL cases (NUL, surrogate) apply to them. */
const ROUTES_WITHOUT_TYPED_INPUT: Record<string, string> = {
  'GET /api/v1/tickets/search': 'free text (`q`) and an opaque cursor: any text is a search',
  'GET /api/v1/admin/wallet/reconciliation': 'a report over the whole ledger, no parameters',
  'GET /api/v1/agents/me/notifications': 'the calling agent’s own list',
  'GET /api/v1/agents/me/routing': 'the calling agent’s own profile',
  'GET /api/v1/agents': 'the whole list',
  'GET /api/v1/admin/calendars': 'the whole list',
  'GET /api/v1/admin/queues': 'the whole list',
  'GET /api/v1/admin/sla-targets': 'the whole list (four priorities)',
  'GET /api/v1/admin/articles': 'the whole list',
  'GET /api/v1/macros': 'the whole list',
  'GET /api/v1/ticket-views': 'the calling agent’s own views',
  'GET /api/v1/chat-queue/requests/mine': 'the caller’s own request',
  'GET /api/v1/chat-queue': 'the whole queue',
  'GET /api/v1/chat-queue/mine': 'the calling agent’s chats',
  'GET /api/v1/chat-queue/metrics': 'figures over the whole queue',
  'GET /api/v1/conversations/mine': 'the caller’s own conversation',
  'GET /api/v1/conversations/waiting': 'the whole list',
  'GET /api/v1/health': 'a probe',
  'GET /api/v1/service-status': 'the public status page',
  'GET /api/v1/wallet/accounts': 'the caller’s own accounts',
  'GET /api/v1/wallet/merchants': 'the whole list',
  'GET /api/v1/wallet/limits': 'the caller’s own limits',
  'GET /api/v1/wallet/refunds': 'the caller’s own refunds',
  'GET /api/v1/wallet/verification': 'the caller’s own status',
  'GET /api/v1/help-votes': 'counts over every article',
  'GET /api/v1/widget/handoff-offer': 'the caller’s own conversation',
  'GET /api/v1/widget/open-item': 'the calling customer’s own wallet',
};

/** Socket cases that do not apply to an event, with the reason. */
const SOCKET_CASES_NOT_APPLICABLE: Record<string, string> = {
  'agent:heartbeat wrong types': 'takes no payload: whatever is sent is not read',
};

/** Any path id, query value or body field that names a resource gets a fresh, unknown one. */
const UNKNOWN = () => randomUUID();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const OUT_OF_RANGE = 1e18;
const DEPTH = 5_000;
/** socket.io's client encoder recurses, so socket payloads stay shallower (still far past the limit). */
const SOCKET_DEPTH = 500;
/** Safety net only: the table is a few thousand requests. */
const TABLE_TIMEOUT_MS = 600_000;

describe('bad input', () => {
  let t: TestApp;
  let db: DataSource;
  let document: OpenApiDocument;
  let tokens: Record<'admin' | 'customer' | 'visitor', string>;
  let tables: string[];
  let baseUrl: string;
  /** Real resources for body cases, so that a bad body is judged on a route that would otherwise act. */
  let knownIds: Record<string, string>;

  beforeAll(async () => {
    // Socket rate limits out of the way: the table sends hundreds of events on one socket.
    t = await startTestApp({ env: { CHAT_EVENT_BURST: '100000', CHAT_EVENTS_PER_MINUTE: '1000000' } });
    baseUrl = await listen(t);
    db = t.app.get(DataSource);
    document = (await t.http().get('/api/docs/openapi.json').expect(200)).body;
    const customer = await registerCustomer(t);
    tokens = { admin: await adminToken(t), customer: customer.token, visitor: (await visitorSession(t)).visitorToken };
    const ticket = await t.http().post('/api/v1/tickets').auth(customer.token, { type: 'bearer' }).send({ subject: 'Top-up missing', body: 'Where is it?' }).expect(201);
    const [calendar] = (await t.http().get('/api/v1/admin/calendars').auth(tokens.admin, { type: 'bearer' }).expect(200)).body;
    const [agent] = (await t.http().get('/api/v1/agents').auth(tokens.admin, { type: 'bearer' }).expect(200)).body;
    knownIds = {
      '/api/v1/tickets/{id}': ticket.body.id,
      '/api/v1/admin/customers/{id}': customer.id,
      '/api/v1/admin/calendars/{id}': calendar.id,
      '/api/v1/admin/agents/{id}': agent.id,
    };
    tables = (await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`))
      .map((row: { table_name: string }) => row.table_name)
      .filter((table: string) => !ATTEMPT_COUNTERS.includes(table));
  });
  afterAll(() => t.close());

  /**
   * Rate limits count every attempt, refused ones included (otherwise bad requests would be a free
   * way to probe): their counters are the one thing a bad request may add to.
   */
  const ATTEMPT_COUNTERS = ['rate_limit_counters', 'login_address_windows', 'login_account_backoffs'];

  /** Row counts of every table of ours: what "nothing stored" is checked against. */
  const rowCounts = async (): Promise<Record<string, number>> => {
    const [row] = await db.query(`SELECT ${tables.map((table) => `(SELECT count(*) FROM "${table}")::int AS "${table}"`).join(', ')}`);
    return row;
  };
  const changedTables = (before: Record<string, number>, after: Record<string, number>) =>
    Object.keys(after).filter((table) => after[table] !== before[table]).map((table) => `${table} ${before[table]}→${after[table]}`);

  /** A client address per request, so per-address limits never answer in validation's place. */
  const address = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  const send = (method: string, url: string, token: string | undefined, contentType?: string, body?: string | Buffer) => {
    let request = t.http()[method as 'get'](url).set('x-forwarded-for', address());
    if (token) request = request.auth(token, { type: 'bearer' });
    if (contentType) request = request.set('content-type', contentType);
    // Bytes go as they are (supertest would send a Buffer as JSON of its bytes).
    if (Buffer.isBuffer(body)) request = request.serialize((bytes: Buffer) => bytes as unknown as string);
    return body === undefined ? request : request.send(body);
  };

  it('answers every bad input on every route with a coded 4xx problem and stores nothing', async () => {
    const failures: string[] = [];
    const withoutTypedInput: string[] = [];
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${path}`;
        const token = await principalFor(method, path, operation);
        if (token === null) {
          failures.push(`${route}: no principal gets past its guard`);
          continue;
        }
        const cases = badRequestsFor(document, method, path, operation, knownIds);
        if (cases.length === 2) withoutTypedInput.push(route);
        const before = await rowCounts();
        for (const bad of cases) {
          const response = await send(method, bad.url, token, bad.contentType, bad.body);
          checked++;
          const problem = response.body as { code?: unknown };
          const isCoded4xx =
            response.status >= 400 &&
            response.status < 500 &&
            ![401, 403, 429].includes(response.status) &&
            /^application\/problem\+json/.test(response.headers['content-type'] ?? '') &&
            typeof problem?.code === 'string';
          const asExpected = (bad.status === undefined || response.status === bad.status) && (bad.code === undefined || problem?.code === bad.code);
          if (!isCoded4xx || !asExpected) {
            failures.push(`${route} ${bad.name}: ${response.status} ${String(problem?.code ?? response.headers['content-type'])} (wanted ${bad.status ?? '4xx'} ${bad.code ?? 'a code'})`);
          }
        }
        const changed = changedTables(before, await rowCounts());
        if (changed.length > 0) failures.push(`${route}: stored ${changed.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(withoutTypedInput.sort()).toEqual(Object.keys(ROUTES_WITHOUT_TYPED_INPUT).sort());
    expect(checked).toBeGreaterThan(500);
  }, TABLE_TIMEOUT_MS);

  /**
   * The first principal the route's guard lets through (public routes: none), found by a probe
   * whose body is not even an object, so that the probe itself changes nothing.
   * @returns the token ('' for public routes), or null when no principal gets through.
   */
  async function principalFor(method: string, path: string, operation: Operation): Promise<string | null> {
    if (!operation.security) return '';
    const url = path.replace(/\{[^}]+\}/g, () => UNKNOWN());
    for (const token of Object.values(tokens)) {
      const response = await send(method, url, token, method === 'get' ? undefined : 'application/json', method === 'get' ? undefined : '[]');
      if (response.status !== 401 && response.status !== 403) return token;
    }
    return null;
  }

  describe.each([
    ['/widget', () => tokens.visitor],
    ['/agent', () => tokens.admin],
  ] as const)('socket namespace %s', (namespace, token) => {
    let client: ChatClient;

    beforeAll(async () => {
      client = await connect(baseUrl, namespace, { token: token(), locale: 'en' });
    });
    afterAll(() => client.close());

    it('answers every bad payload of every event it serves with a coded error and stores nothing', async () => {
      const routed = await routedEvents(client);
      expect(routed).toEqual(expect.arrayContaining([CHAT_EVENTS.messageSend, CHAT_EVENTS.messageRead, CHAT_EVENTS.typing]));
      const failures: string[] = [];
      const before = await rowCounts();
      for (const event of routed) {
        const template = SOCKET_PAYLOADS[namespace][event];
        if (!template) {
          failures.push(`${event}: no payload template in SOCKET_PAYLOADS (add one)`);
          continue;
        }
        for (const bad of badPayloadsFor(template())) {
          if (SOCKET_CASES_NOT_APPLICABLE[`${event} ${bad.name}`]) continue;
          const answer = (await client.emit(event, bad.payload)) as { error?: SocketError };
          const code = answer?.error?.code;
          if (typeof code !== 'string' || code === 'internal_error' || code === 'rate_limited' || (bad.code !== undefined && code !== bad.code)) {
            failures.push(`${event} ${bad.name}: ${JSON.stringify(answer).slice(0, 200)} (wanted ${bad.code ?? 'a coded error'})`);
          }
        }
      }
      expect(client.socket.connected).toBe(true);
      const changed = changedTables(before, await rowCounts());
      if (changed.length > 0) failures.push(`stored ${changed.join(', ')}`);
      expect(failures).toEqual([]);
    }, TABLE_TIMEOUT_MS);

    it('answers an unknown event with unknown_event: by ack when asked, otherwise by chat:error', async () => {
      expect(await client.emit('no:such-event', {})).toEqual({ error: expect.objectContaining({ code: 'unknown_event' }) });
      client.socket.emit('no:such-event-either', {});
      expect(await client.next<{ event: string; code: string }>(CHAT_EVENTS.chatError, (e) => e.event === 'no:such-event-either')).toMatchObject({
        code: 'unknown_event',
      });
    });

    it('answers a 1.1 MB frame with payload_too_large and keeps the socket', async () => {
      const answer = await client.emit(CHAT_EVENTS.messageSend, { clientId: randomUUID(), text: 'x'.repeat(1_100_000) });
      expect(answer).toEqual({ error: expect.objectContaining({ code: 'payload_too_large' }) });
      expect(client.socket.connected).toBe(true);
      expect(await client.emit('no:such-event', {})).toEqual({ error: expect.objectContaining({ code: 'unknown_event' }) });
    });
  });

  it('refuses a canned response that looks up a prototype property or renders an empty reply, storing nothing', async () => {
    const before = await rowCounts();
    for (const body of ['{{lookup this "constructor"}}', 'Hi {{lookup customer "__proto__"}}', '{{ticket.constructor}}', '{{#if ticket.subject}}{{/if}}']) {
      const response = await send('post', '/api/v1/canned-responses', tokens.admin, 'application/json', JSON.stringify({ name: `bad-${randomUUID()}`, locale: 'en', body }));
      expect({ body, status: response.status, code: response.body.code }).toEqual({ body, status: 400, code: 'invalid_reply_template' });
    }
    expect(changedTables(before, await rowCounts())).toEqual([]);
  });

  it('refuses connections to the root namespace, with a token or without', async () => {
    for (const auth of [{}, { token: tokens.admin }]) {
      const socket = io(`${baseUrl}/`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
      const refusal = await new Promise<{ data?: { code?: string } } | 'connected'>((resolve) => {
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', (error: Error & { data?: { code?: string } }) => resolve(error));
      });
      socket.close();
      expect(refusal).toMatchObject({ data: { code: 'unknown_namespace' } });
    }
  });

  /** The client→server events the namespace serves: every event name that is not answered `unknown_event`. */
  async function routedEvents(client: ChatClient): Promise<string[]> {
    const routed: string[] = [];
    for (const event of Object.values(CHAT_EVENTS)) {
      const answer = (await client.emit(event, ['probe'])) as { error?: SocketError };
      if (answer?.error?.code !== 'unknown_event') routed.push(event);
    }
    return routed;
  }
});

/** Well-formed payloads per event; the bad ones are made from them. */
const SOCKET_PAYLOADS: Record<'/widget' | '/agent', Record<string, () => Record<string, unknown>>> = {
  '/widget': {
    [CHAT_EVENTS.messageSend]: () => ({ clientId: randomUUID(), text: 'My top-up has not arrived' }),
    [CHAT_EVENTS.typing]: () => ({ isTyping: true }),
    [CHAT_EVENTS.messageRead]: () => ({ seq: 0 }),
    [CHAT_EVENTS.csatSubmit]: () => ({ score: 5, comment: 'Quick, thank you' }),
    [CHAT_EVENTS.leaveMessage]: () => ({ text: 'Please write back', email: 'li@example.com' }),
    [CHAT_EVENTS.requestCallback]: () => ({ phone: '+8613800138000', name: 'Li Wei' }),
  },
  '/agent': {
    [CHAT_EVENTS.messageSend]: () => ({ conversationId: UNKNOWN(), clientId: randomUUID(), text: 'Hello', internal: false }),
    [CHAT_EVENTS.accept]: () => ({ conversationId: UNKNOWN() }),
    [CHAT_EVENTS.watch]: () => ({ conversationId: UNKNOWN(), lastSeq: 0 }),
    [CHAT_EVENTS.transfer]: () => ({ conversationId: UNKNOWN() }),
    [CHAT_EVENTS.close]: () => ({ conversationId: UNKNOWN() }),
    [CHAT_EVENTS.typing]: () => ({ conversationId: UNKNOWN(), isTyping: true }),
    [CHAT_EVENTS.messageRead]: () => ({ conversationId: UNKNOWN(), seq: 0 }),
    [CHAT_EVENTS.heartbeat]: () => ({}),
  },
};

interface BadPayload {
  readonly name: string;
  readonly payload: unknown;
  readonly code?: string;
}

function badPayloadsFor(valid: Record<string, unknown>): BadPayload[] {
  const cases: BadPayload[] = [
    { name: 'NUL', payload: withStrings(valid, (s) => `${s}\u0000`, { '\u0000': '\u0000' }), code: 'invalid_characters' },
    { name: 'lone surrogate', payload: withStrings(valid, (s) => `${s}\ud800`, { '\ud800': '\ud800' }), code: 'invalid_characters' },
    { name: 'deep', payload: { ...valid, nested: deepValue(SOCKET_DEPTH) }, code: 'json_too_deep' },
    { name: 'wrong types', payload: Object.keys(valid).length > 0 ? mistyped(valid) : 'not an object' },
  ];
  if (hasLeaf(valid, (value, key) => typeof value === 'string' && UUID.test(value) && key !== 'clientId')) {
    cases.push({ name: 'unknown ids', payload: valid });
  }
  if (hasLeaf(valid, (value) => typeof value === 'number')) {
    cases.push({ name: 'out-of-range numbers', payload: mapLeaves(valid, (value) => (typeof value === 'number' ? OUT_OF_RANGE : value)) });
  }
  return cases;
}

/**
 * The table for one route: URL cases for all, typed query and path cases where the document
 * declares them, body cases for methods that take a body.
 */
function badRequestsFor(document: OpenApiDocument, method: string, path: string, operation: Operation, knownIds: Record<string, string>): BadRequest[] {
  const parameters = operation.parameters ?? [];
  const query = parameters.filter((p) => p.in === 'query');
  const pathIds = parameters.filter((p) => p.in === 'path');
  const urlWith = (pathValue: (p: Parameter) => string, queryValue?: (p: Parameter) => string | undefined) => {
    const filled = path.replace(/\{([^}]+)\}/g, (_all, name: string) => pathValue(pathIds.find((p) => p.name === name)!));
    const pairs = queryValue ? query.map((p) => [p.name, queryValue(p)] as const).filter(([, v]) => v !== undefined) : [];
    return pairs.length > 0 ? `${filled}?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : filled;
  };
  const unknownIds = () => urlWith(() => UNKNOWN(), (p) => queryExample(p.schema));
  const knownId = (p: Parameter) => {
    const prefix = Object.keys(knownIds).find((known) => path.startsWith(known) && known.endsWith(`{${p.name}}`));
    return prefix ? knownIds[prefix] : UNKNOWN();
  };

  const cases: BadRequest[] = [
    { name: 'NUL in the URL', url: urlWith(() => `${UNKNOWN()}%00`, () => 'ab%00') + (query.length === 0 ? '?probe=%00' : ''), status: 400, code: 'invalid_characters' },
    { name: 'lone surrogate in the URL', url: urlWith(() => `${UNKNOWN()}%ED%A0%80`, () => 'ab%ED%A0%80') + (query.length === 0 ? '?probe=%ED%A0%80' : ''), status: 400, code: 'invalid_characters' },
  ];
  const typedQuery = query.filter((p) => wrongQueryValue(resolve(document, p.schema)) !== undefined);
  if (typedQuery.length > 0 || pathIds.length > 0) {
    cases.push({ name: 'wrong types in the URL', url: urlWith(() => 'not-a-uuid', (p) => wrongQueryValue(resolve(document, p.schema))) });
  }
  if (query.some((p) => isNumeric(resolve(document, p.schema)))) {
    cases.push({ name: 'out-of-range numbers in the query', url: urlWith(() => UNKNOWN(), (p) => (isNumeric(resolve(document, p.schema)) ? String(OUT_OF_RANGE) : queryExample(p.schema))), status: 400 });
  }
  if (pathIds.length > 0) cases.push({ name: 'unknown ids in the path', url: unknownIds() });

  if (!['post', 'put', 'patch'].includes(method)) return cases;
  const schema = operation.requestBody?.content['application/json']?.schema;
  const valid = schema ? exampleOf(document, schema) : {};
  const body = (value: unknown) => JSON.stringify(value);
  const url = urlWith(knownId, (p) => queryExample(p.schema));
  cases.push(
    { name: 'NUL in every string', url, contentType: 'application/json', body: body(withStrings(valid, (s) => `${s}\u0000`, { '\u0000': '\u0000' })), status: 400, code: 'invalid_characters' },
    { name: 'lone surrogate in every string', url, contentType: 'application/json', body: body(withStrings(valid, (s) => `${s}\ud800`, { '\ud800': '\ud800' })), status: 400, code: 'invalid_characters' },
    { name: 'deep JSON', url, contentType: 'application/json', body: '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH), status: 400, code: 'json_too_deep' },
    { name: 'invalid UTF-8', url, contentType: 'application/json', body: Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from('"}')]), status: 400, code: 'invalid_utf8' },
    { name: 'form-encoded', url, contentType: 'application/x-www-form-urlencoded', body: 'subject=hello&body=world', status: 415, code: 'unsupported_media_type' },
    { name: 'text/plain', url, contentType: 'text/plain', body: body(valid), status: 415, code: 'unsupported_media_type' },
    { name: 'multipart', url, contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n', status: 415, code: 'unsupported_media_type' },
  );
  if (schema && (resolve(document, schema).required ?? []).length > 0) {
    cases.push({ name: 'empty body', url, contentType: 'application/json', body: '{}' }, { name: 'no body', url });
  }
  if (typeof valid === 'object' && valid !== null && Object.keys(valid).length > 0) {
    cases.push({ name: 'wrong types in the body', url, contentType: 'application/json', body: body(mistyped(valid as Record<string, unknown>)) });
  }
  if (hasLeaf(valid, (value) => typeof value === 'string' && UUID.test(value))) {
    cases.push({ name: 'unknown ids in the body', url, contentType: 'application/json', body: body(valid) });
  }
  if (hasLeaf(valid, (value) => typeof value === 'number')) {
    cases.push({ name: 'out-of-range numbers in the body', url, contentType: 'application/json', body: body(mapLeaves(valid, (value) => (typeof value === 'number' ? OUT_OF_RANGE : value))), status: 400 });
  }
  return cases;
}

function resolve(document: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) return resolve(document, document.components.schemas[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length) return resolve(document, schema.allOf[0]);
  return schema;
}

function isNumeric(schema: Schema): boolean {
  return schema.type === 'number' || schema.type === 'integer';
}

/** A query value of the wrong type for a typed parameter; undefined for free text (any text is fine there). */
function wrongQueryValue(schema: Schema): string | undefined {
  if (schema.enum) return 'no-such-value';
  if (isNumeric(schema)) return 'abc';
  if (schema.type === 'boolean') return 'maybe';
  if (schema.format === 'uuid' || schema.pattern) return 'not-a-uuid';
  if (schema.format === 'date-time') return 'yesterday';
  return undefined;
}

function queryExample(schema: Schema): string | undefined {
  if (schema.enum) return String(schema.enum[0]);
  if (schema.format === 'uuid') return UNKNOWN();
  return undefined;
}

/** A plausible body from the document's schema: its examples, first enum values, fresh ids. */
function exampleOf(document: OpenApiDocument, given: Schema): unknown {
  const schema = resolve(document, given);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  if (schema.format === 'uuid') return UNKNOWN();
  if (schema.format === 'date-time') return '2027-01-08T06:00:00Z';
  if (schema.properties) {
    return Object.fromEntries(Object.entries(schema.properties).map(([key, property]) => [key, exampleOf(document, property)]));
  }
  if (schema.type === 'array') return schema.items ? [exampleOf(document, schema.items)] : [];
  if (isNumeric(schema)) return schema.minimum ?? 1;
  if (schema.type === 'boolean') return false;
  if (schema.type === 'string') return 'x'.repeat(Math.max(schema.minLength ?? 0, 12));
  return {};
}

function mapLeaves(value: unknown, map: (leaf: unknown, key: string) => unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => mapLeaves(item, map, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLeaves(v, map, k)]));
  }
  return map(value, key);
}

function hasLeaf(value: unknown, test: (leaf: unknown, key: string) => boolean, key = ''): boolean {
  if (Array.isArray(value)) return value.some((item) => hasLeaf(item, test, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).some(([k, v]) => hasLeaf(v, test, k));
  return test(value, key);
}

/** Every string changed; a value without strings gets a key and value of its own to carry the bad text. */
function withStrings(value: unknown, change: (text: string) => string, fallback: Record<string, string>): unknown {
  const changed = mapLeaves(value, (leaf) => (typeof leaf === 'string' ? change(leaf) : leaf));
  const hasString = hasLeaf(value, (leaf) => typeof leaf === 'string');
  return hasString || typeof changed !== 'object' || changed === null || Array.isArray(changed) ? changed : { ...changed, ...fallback };
}

/** Every leaf of the other type: text becomes a number, numbers and booleans text. */
function mistyped(value: Record<string, unknown>): unknown {
  return mapLeaves(value, (leaf) => (typeof leaf === 'string' ? 12345 : typeof leaf === 'number' ? 'abc' : typeof leaf === 'boolean' ? 'yes' : leaf));
}

function deepValue(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
