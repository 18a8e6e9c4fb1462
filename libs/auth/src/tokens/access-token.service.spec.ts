import { JwtService } from '@nestjs/jwt';
import { ManualClock } from '@okpay/shared';
import { createHmac } from 'node:crypto';
import { InvalidTokenError } from '../auth.errors';
import { AccessTokenService } from './access-token.service';

const SECRET = 'unit-test-secret-that-is-long-enough-0123';

function sign(header: object, payload: object, secret = SECRET): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part(header)}.${part(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('AccessTokenService', () => {
  const clock = new ManualClock('2027-01-04T02:00:00Z');
  const tokens = new AccessTokenService(new JwtService({ secret: SECRET }), clock);
  const now = () => Math.floor(clock.now().getTime() / 1000);

  it('round-trips each kind of principal', async () => {
    for (const principal of [
      { kind: 'agent', id: 'a1', role: 'supervisor' },
      { kind: 'customer', id: 'c1' },
      { kind: 'visitor', id: 'v1', conversationId: 'conv-1' },
    ] as const) {
      await expect(tokens.verify(await tokens.issue(principal))).resolves.toEqual(principal);
    }
  });

  it('refuses another algorithm, another secret, another issuer and an unknown audience', async () => {
    const claims = { sub: 'a1', role: 'admin', iss: 'okpay-support', aud: 'okpay-support/agent', iat: now(), exp: now() + 60 };
    const cases = [
      sign({ alg: 'HS512', typ: 'JWT' }, claims),
      sign({ alg: 'HS256', typ: 'JWT' }, claims, 'another-secret-another-secret-another'),
      sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'someone-else' }),
      sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: 'okpay-support/root' }),
      sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, role: 'superuser' }),
    ];
    for (const token of cases) await expect(tokens.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
    // The same claims, correctly signed, pass: the cases above fail for the reason they name.
    await expect(tokens.verify(sign({ alg: 'HS256', typ: 'JWT' }, claims))).resolves.toEqual({ kind: 'agent', id: 'a1', role: 'admin' });
  });

  it('expires tokens by the injected clock', async () => {
    const token = await tokens.issue({ kind: 'customer', id: 'c1' });
    clock.advance(3601_000);
    await expect(tokens.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('expires a token it has already accepted, by the injected clock', async () => {
    const token = await tokens.issue({ kind: 'customer', id: 'c2' });
    await expect(tokens.verify(token)).resolves.toEqual({ kind: 'customer', id: 'c2' });
    clock.advance(3601_000);
    await expect(tokens.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('accepts a widget customer token it has seen only where the widget asks, and nothing signed otherwise', async () => {
    const token = await tokens.issueWidgetCustomer('c3');
    await expect(tokens.verify(token, { widget: true })).resolves.toEqual({ kind: 'customer', id: 'c3' });
    await expect(tokens.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
    const [header, payload] = token.split('.');
    await expect(tokens.verify(`${header}.${payload}.${'A'.repeat(43)}`, { widget: true })).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
