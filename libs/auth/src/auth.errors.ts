import { AuthErrorCode } from '@okpay/contracts';
import { DomainError, RateLimitedError } from '@okpay/shared';

export class InvalidCredentialsError extends DomainError<AuthErrorCode> {
  constructor() {
    // One answer for unknown email and wrong password, so logins cannot probe for accounts.
    super('invalid_credentials', 'The email address or password is wrong.');
  }
}

export class MissingTokenError extends DomainError<AuthErrorCode> {
  constructor() {
    super('unauthenticated', 'This call needs a bearer token.');
  }
}

export class InvalidTokenError extends DomainError<AuthErrorCode> {
  constructor() {
    super('invalid_token', 'The token is invalid or has expired.');
  }
}

export class AccessDeniedError extends DomainError<AuthErrorCode> {
  constructor() {
    super('forbidden', 'This token does not allow this call.');
  }
}

export class TooManyLoginAttemptsError extends RateLimitedError<AuthErrorCode> {
  constructor(retryAfterSeconds: number) {
    super('too_many_login_attempts', 'Too many failed logins. Try again later.', retryAfterSeconds);
  }
}

export class AgentEmailTakenError extends DomainError<AuthErrorCode> {
  constructor() {
    super('agent_email_taken', 'An agent with this email address already exists.');
  }
}

export class InvalidWidgetIdentityError extends DomainError<AuthErrorCode> {
  constructor() {
    super('invalid_widget_identity', 'The signed customer identity is invalid or has expired.');
  }
}

export class AgentNotFoundError extends DomainError<AuthErrorCode> {
  constructor() {
    super('agent_not_found', 'No such agent.');
  }
}
