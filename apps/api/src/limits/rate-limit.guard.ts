import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Principal } from '@okpay/auth';
import { RateLimitedAction } from '@okpay/shared';
import { FastifyRequest } from 'fastify';
import { rateLimitIdentity } from './rate-limit-identity';
import { RateLimits } from './rate-limits';

export const RATE_LIMITED_ACTION = Symbol('RATE_LIMITED_ACTION');

/**
 * Counts the route's action for the client address and the token's identity. It runs after the
 * global auth guard (route guards always do), so the principal is known.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = this.reflector.get<RateLimitedAction | undefined>(RATE_LIMITED_ACTION, context.getHandler());
    if (!action) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    await this.limits.consume(action, {
      address: request.ip,
      ...(request.principal ? { identity: rateLimitIdentity(request.principal) } : {}),
    });
    return true;
  }
}
