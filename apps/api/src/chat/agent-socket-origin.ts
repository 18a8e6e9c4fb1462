import { ApiErrorCode } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';

export class ForbiddenOriginError extends DomainError<ApiErrorCode> {
  constructor() {
    super('forbidden_origin', 'Agent sockets are open only to pages of this app.');
  }
}

/**
 * Agent sockets serve the inbox, a page of this app; no other site's page may open one with an
 * agent's token. Allowed: no Origin (not a browser), PUBLIC_URL's origin, or the origin the
 * browser itself reached this app at (its Host header), e.g. http://127.0.0.1:3000 in development.
 */
export function assertAgentSocketOrigin(origin: string | undefined, host: string | undefined, publicUrl: string): void {
  if (origin === undefined) return;
  if (origin === new URL(publicUrl).origin) return;
  const originHost = URL.canParse(origin) ? new URL(origin).host : undefined;
  if (originHost !== undefined && originHost === host) return;
  throw new ForbiddenOriginError();
}
