import { ManualClock } from '@okpay/shared';
import { SocketBudgets } from './socket-budgets';
import { SocketRateLimitedError } from './socket-rate-limiter';

describe('SocketBudgets', () => {
  const limit = { burst: 2, perMinute: 60 };

  it('gives all sockets of one identity one budget, and another identity its own', () => {
    const budgets = new SocketBudgets(new ManualClock('2027-01-06T02:00:00Z'));
    budgets.for('visitor:a', limit).take();
    budgets.for('visitor:a', limit).take();
    expect(() => budgets.for('visitor:a', limit).take()).toThrow(SocketRateLimitedError);
    expect(() => budgets.for('visitor:b', limit).take()).not.toThrow();
  });

  it('forgets a budget only once it has refilled, so forgetting never hands out a fresh burst early', () => {
    const clock = new ManualClock('2027-01-06T02:00:00Z');
    const budgets = new SocketBudgets(clock);
    budgets.for('visitor:a', limit).take();
    budgets.for('visitor:a', limit).take();
    clock.advance(61_000);
    const refilled = budgets.for('visitor:a', limit);
    refilled.take();
    refilled.take();
    expect(() => budgets.for('visitor:a', limit).take()).toThrow(SocketRateLimitedError);
  });
});
