import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Static, TSchema } from '@sinclair/typebox';

export const API_ANSWER = 'okpay:api-answer';

/** Failures an operation can answer beyond what its access policy, path and rate limit already say. */
export type DomainFailureStatus = 404 | 409 | 422 | 429;

export interface AnswerDescription {
  readonly summary: string;
  /** The success answer: a contract view's schema, `binary` for a file, `none` for 204. */
  readonly body: TSchema | 'binary' | 'none';
  readonly errors?: readonly DomainFailureStatus[];
}

type AnswerOf<B> = B extends TSchema ? Static<B> : B extends 'none' ? void : unknown;

/**
 * Describes an operation for the OpenAPI document, and makes the compiler hold the handler to
 * it: a handler whose return type is not the view the document promises does not compile.
 */
export function ApiAnswer<const B extends AnswerDescription['body']>(answer: AnswerDescription & { readonly body: B }) {
  const decorate = applyDecorators(ApiOperation({ summary: answer.summary }), SetMetadata(API_ANSWER, answer));
  return (
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<(...args: never[]) => AnswerOf<B> | Promise<AnswerOf<B>>>,
  ): void => {
    decorate(target, key, descriptor);
  };
}
