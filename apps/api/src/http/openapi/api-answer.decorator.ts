import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Static, TSchema } from '@sinclair/typebox';

export const API_ANSWER = 'okpay:api-answer';

/** Failures an operation can answer beyond what its access policy, path and rate limit already say. */
export type DomainFailureStatus = 404 | 409 | 422 | 429;

export interface AnswerDescription<Body = TSchema | 'binary' | 'csv' | 'none'> {
  readonly summary: string;
  /** The success answer: a contract view's schema, `binary` for a file, `csv` for a text/csv table, `none` for 204. */
  readonly body: Body;
  readonly errors?: readonly DomainFailureStatus[];
}

/** A method decorator that accepts only handlers answering `T` (or a promise of it). */
type AnswerDecorator<T> = (target: object, key: string | symbol, descriptor: { value?: (...args: never[]) => T | Promise<T> }) => void;

/**
 * Describes an operation for the OpenAPI document, and makes the compiler hold the handler to
 * it: a handler whose return type is not the view the document promises does not compile.
 */
export function ApiAnswer<S extends TSchema>(answer: AnswerDescription<S>): AnswerDecorator<Static<S>>;
export function ApiAnswer(answer: AnswerDescription<'none'>): AnswerDecorator<void>;
export function ApiAnswer(answer: AnswerDescription<'binary'>): AnswerDecorator<unknown>;
export function ApiAnswer(answer: AnswerDescription<'csv'>): AnswerDecorator<unknown>;
export function ApiAnswer(answer: AnswerDescription): AnswerDecorator<unknown> {
  const decorate = applyDecorators(ApiOperation({ summary: answer.summary }), SetMetadata(API_ANSWER, answer));
  return (target, key, descriptor) => decorate(target, key, descriptor);
}
