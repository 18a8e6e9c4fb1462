import { ManualClock } from '@okpay/shared';
import { SocketRateLimitedError, SocketRateLimiter } from './socket-rate-limiter';

describe('SocketRateLimiter', () => {
  it('allows a burst, refuses the next, and refills over time', () => {
    const clock = new ManualClock('2027-01-06T02:00:00Z');
    const limiter = new SocketRateLimiter({ burst: 3, perMinute: 60 }, clock);
    for (let i = 0; i < 3; i++) limiter.take();
    expect(() => limiter.take()).toThrow(SocketRateLimitedError);
    clock.advance(1000);
    expect(() => limiter.take()).not.toThrow();
    expect(() => limiter.take()).toThrow(expect.objectContaining({ code: 'socket_rate_limited', retryAfterSeconds: 1 }));
  });
});
