import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { WIDGET_IDENTITY_SECRET } from './exchange-widget-identity.use-case';
import { MAX_WIDGET_IDENTITY_LIFETIME_MS, signWidgetIdentity } from './widget-identity';

/**
 * Signs identities the way a host page's server does. Not a provider of `AuthModule`: only the
 * /demo page constructs one, outside production.
 */
@Injectable()
export class WidgetIdentitySigner {
  constructor(
    @Inject(WIDGET_IDENTITY_SECRET) private readonly secret: string,
    private readonly clock: Clock,
  ) {}

  sign(customerId: string, lifetimeMs = 10 * 60_000): string {
    const lifetime = Math.min(lifetimeMs, MAX_WIDGET_IDENTITY_LIFETIME_MS);
    return signWidgetIdentity(this.secret, customerId, new Date(this.clock.now().getTime() + lifetime));
  }
}
