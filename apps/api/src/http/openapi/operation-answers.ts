import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject, OperationObject, PathItemObject, ResponseObject } from '@nestjs/swagger';
import { ACCESS_POLICY, AccessPolicy } from '@okpay/auth';
import { ProblemDetailsSchema } from '@okpay/contracts';
import { RATE_LIMITED_ACTION } from '../../limits/rate-limit.guard';
import { API_ANSWER, AnswerDescription } from './api-answer.decorator';
import { OpenApiComponents, toOpenApiSchema } from './openapi-schemas';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** What each failure means in this API; the problem's `code` says which one it was. */
const FAILURES: Record<number, string> = {
  400: 'Invalid input (`validation_failed` lists the fields), a malformed body or an unsafe URL.',
  401: 'No token where one is needed, or a token that is invalid or expired.',
  403: 'The token is good but this kind of caller (or this agent role) may not do this.',
  404: 'No such resource, or not one the caller may see.',
  409: 'Conflicts with the current state (a duplicate, an offer already gone, …).',
  422: 'Well-formed but cannot be honoured (a business rule refuses it).',
  429: 'Too many requests; `Retry-After` says when to try again.',
  503: 'The database is unreachable or overloaded; `Retry-After` says when to try again.',
};

interface HandlerFacts {
  readonly answer?: AnswerDescription;
  readonly policy?: AccessPolicy;
  readonly rateLimited: boolean;
}

/**
 * Completes the document Nest scans from the controllers: each operation's success answer gets
 * its contract view's schema (from `@ApiAnswer`), and its failures the shared ProblemDetails
 * schema. Failures that follow from the route itself (its access policy, path ids, rate limit)
 * are read from the same metadata the guards read, so the document cannot promise otherwise.
 */
export function describeOperationAnswers(document: OpenAPIObject, app: INestApplication): OpenAPIObject {
  const facts = handlerFacts(app);
  const components: OpenApiComponents = {};
  const problem = { 'application/problem+json': { schema: toOpenApiSchema(ProblemDetailsSchema, components) } };
  for (const [path, item] of Object.entries<PathItemObject>(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      const handler = facts.get(operation.operationId);
      if (handler?.answer) describeSuccess(operation, handler.answer, components);
      for (const status of failureStatuses(path, handler)) {
        operation.responses[status] = { description: FAILURES[status], content: problem } satisfies ResponseObject;
      }
    }
  }
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...components } };
  return document;
}

function describeSuccess(operation: OperationObject, answer: AnswerDescription, components: OpenApiComponents): void {
  // Nest has already put the success status there (201 for POST, or what @HttpCode says).
  const status = Object.keys(operation.responses).find((code) => code.startsWith('2')) ?? '200';
  const response = (operation.responses[status] ?? { description: '' }) as ResponseObject;
  if (answer.body === 'binary') {
    response.content = { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } };
  } else if (answer.body === 'csv') {
    response.content = { 'text/csv': { schema: { type: 'string' } } };
  } else if (answer.body !== 'none') {
    response.content = { 'application/json': { schema: toOpenApiSchema(answer.body, components) } };
  }
  response.description ||= answer.summary;
  operation.responses[status] = response;
}

function failureStatuses(path: string, handler: HandlerFacts | undefined): number[] {
  const statuses = new Set<number>([400, 401, 503, ...(handler?.answer?.errors ?? [])]);
  if (handler?.policy && !handler.policy.anonymous) statuses.add(403);
  if (path.includes('{')) statuses.add(404);
  if (handler?.rateLimited) statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

/** Per operation id (Nest's `Controller_method`), the metadata of the handler behind it. */
function handlerFacts(app: INestApplication): Map<string, HandlerFacts> {
  const facts = new Map<string, HandlerFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        facts.set(`${controller.name}_${name}`, {
          answer: Reflect.getMetadata(API_ANSWER, handler) as AnswerDescription | undefined,
          policy: (Reflect.getMetadata(ACCESS_POLICY, handler) ?? Reflect.getMetadata(ACCESS_POLICY, controller)) as AccessPolicy | undefined,
          rateLimited: Reflect.getMetadata(RATE_LIMITED_ACTION, handler) !== undefined,
        });
      }
    }
  }
  return facts;
}
