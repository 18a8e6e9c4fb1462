import { AgentRole } from '@okpay/contracts';

/** A support agent as other libs and the app see it: who, and in which role. */
export interface AgentRecord {
  readonly id: string;
  /** Stored lower-case; unique. */
  readonly email: string;
  readonly name: string;
  readonly role: AgentRole;
  readonly passwordHash: string;
  readonly active: boolean;
  readonly createdAt: Date;
}
