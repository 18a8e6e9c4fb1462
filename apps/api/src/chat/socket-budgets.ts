import { Injectable } from '@nestjs/common';
import { Clock } from '@okpay/shared';
import { SocketRateLimit, SocketRateLimiter } from './socket-rate-limiter';

const SWEEP_EVERY_MS = 60_000;

/**
 * One event budget per token identity (visitor, customer, agent) in this process, shared by all
 * of that identity's sockets: opening another socket does not bring a fresh burst. It is kept in
 * memory because an identity's sockets normally land on one process; connection attempts, which
 * would otherwise let a second process multiply it, are counted in PostgreSQL at the handshake.
 */
@Injectable()
export class SocketBudgets {
  private readonly budgets = new Map<string, SocketRateLimiter>();
  private sweptAt = 0;

  constructor(private readonly clock: Clock) {}

  /** The identity's budget, created full on first use. */
  for(identity: string, limit: SocketRateLimit): SocketRateLimiter {
    this.forgetRefilled();
    let budget = this.budgets.get(identity);
    if (!budget) {
      budget = new SocketRateLimiter(limit, this.clock);
      this.budgets.set(identity, budget);
    }
    return budget;
  }

  /** A budget that has refilled is the same as a new one, so dropping it loses nothing and keeps the map small. */
  private forgetRefilled(): void {
    const now = this.clock.now().getTime();
    if (now - this.sweptAt < SWEEP_EVERY_MS) return;
    this.sweptAt = now;
    for (const [identity, budget] of this.budgets) {
      if (budget.isFull()) this.budgets.delete(identity);
    }
  }
}
