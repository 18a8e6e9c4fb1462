import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessDeniedError } from '../auth.errors';
import { Principal } from '../principal';
import { ACCESS_POLICY, AccessPolicy } from './access-policy';
import { bearerToken, PrincipalAuthenticator } from './principal-authenticator';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

/** Global guard: every HTTP route must declare an access policy, and the caller must meet it. */
@Injectable()
export class HttpAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: PrincipalAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Fail closed: a route someone forgot to annotate is open to nobody.
    if (!policy) throw new AccessDeniedError();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.principal = await this.authenticator.authenticate(bearerToken(request.headers.authorization), policy);
    return true;
  }
}
