import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { availableParallelism } from 'node:os';
import { HashingGate } from './hashing-gate';

/**
 * argon2id at OWASP's first recommended setting (19 MiB, 2 passes, 1 lane); argon2id is the
 * library's default algorithm. Hashes carry their parameters, so raising them later keeps old
 * hashes verifiable.
 */
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** One core is left to the event loop and PostgreSQL; a queue of this many hashes per slot waits, more are shed. */
const HASHING_SLOTS = Math.max(1, availableParallelism() - 1);
const HASHES_WAITING_PER_SLOT = 32;

@Injectable()
export class PasswordHasher {
  /** Verified against when the account does not exist, so both paths cost the same. */
  private readonly decoy = hash('decoy password that never matches', ARGON2_OPTIONS);
  private readonly gate = new HashingGate(HASHING_SLOTS, HASHING_SLOTS * HASHES_WAITING_PER_SLOT);

  hash(password: string): Promise<string> {
    return this.gate.run(() => hash(password, ARGON2_OPTIONS));
  }

  /** @throws ServiceOverloadedError when too many hashes are already waiting. */
  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    const decoy = await this.decoy;
    return this.gate.run(async () => {
      if (passwordHash === undefined) {
        await verify(decoy, password).catch(() => false);
        return false;
      }
      return verify(passwordHash, password).catch(() => false);
    });
  }
}
