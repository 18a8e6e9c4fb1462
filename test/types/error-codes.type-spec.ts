/**
 * Compile-time checks of the error-code contract (`npm run typecheck` compiles this file; nothing
 * runs it). Each `@ts-expect-error` line must fail to compile: if the typing that stops it ever
 * loosens, the directive is unused and the typecheck fails.
 */
import {
  ApiErrorCode,
  AuthErrorCode,
  BotErrorCode,
  ErrorCode,
  RoutingErrorCode,
  SharedErrorCode,
  SocketError,
  TicketsErrorCode,
  WalletErrorCode,
} from '@okpay/contracts';
import { DomainError, RateLimitedError } from '@okpay/shared';
import { HTTP_STATUS_BY_CODE } from '../../apps/api/src/http/http-status-by-code';

/** True only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<Condition extends true> = Condition;
type Not<Condition extends boolean> = Condition extends true ? false : true;
type Assignable<From, To> = [From] extends [To] ? true : false;

type HttpStatusTable = typeof HTTP_STATUS_BY_CODE;

export type ErrorCodeChecks = [
  // The union on the wire is exactly the modules' lists.
  Expect<Equal<ErrorCode, SharedErrorCode | AuthErrorCode | WalletErrorCode | TicketsErrorCode | RoutingErrorCode | BotErrorCode | ApiErrorCode>>,

  // The HTTP table names every code and nothing else, and gives each a status (none optional).
  Expect<Equal<keyof HttpStatusTable, ErrorCode>>,
  Expect<Equal<undefined extends HttpStatusTable[ErrorCode] ? true : false, false>>,
  // A code added to a module's list without a status is one the table does not cover.
  Expect<Not<Assignable<HttpStatusTable, Record<ErrorCode | 'brand_new_code', number>>>>,
  Expect<Not<Assignable<Omit<HttpStatusTable, 'ticket_not_found'>, HttpStatusTable>>>,

  // The socket ack carries a domain code or `internal_error`, nothing free-form.
  Expect<Equal<SocketError['code'], ErrorCode | 'internal_error'>>,
];

// @ts-expect-error a code no module lists
new DomainError('something_broke', 'Something broke.');
// @ts-expect-error a wallet error may not use a tickets code
new DomainError<WalletErrorCode>('ticket_not_found', 'No such ticket.');

export class TooManyTicketsError extends RateLimitedError<TicketsErrorCode> {
  constructor() {
    // @ts-expect-error a tickets error may not use an auth code
    super('too_many_login_attempts', 'Too many.', 1);
  }
}
