import { Locale } from '@okpay/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DialogueState } from './dialogue-state';
import { BotHandoffChannel, BotOutcome, BotResolution } from '../outcomes/bot-outcome';

export interface HandoffRecord {
  readonly reason: string;
  readonly target: 'chat_queue' | 'ticket';
  readonly ticketId?: string;
  readonly at: string;
}

@Entity('bot_conversations')
export class BotConversationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The signed-in customer; null for a visitor, who never sees account data. */
  @Column('uuid', { name: 'customer_id', nullable: true })
  customerId!: string | null;

  @Column('uuid', { name: 'visitor_id', nullable: true })
  visitorId!: string | null;

  @Column('text')
  locale!: Locale;

  /** Consecutive turns the bot could not answer with confidence; two in a row hand over. */
  @Column('integer', { name: 'low_confidence_turns' })
  lowConfidenceTurns!: number;

  /** Turns recorded so far: the last turn's `seq`. */
  @Column('integer', { name: 'turn_count' })
  turnCount!: number;

  /** Topic, slots and the question the bot waits on: what the next message is read against. */
  @Column('jsonb')
  state!: DialogueState;

  @Column('jsonb', { nullable: true })
  handoff!: HandoffRecord | null;

  /** `open` until handed off, resolved or abandoned; then final. */
  @Column('text')
  outcome!: BotOutcome;

  @Column('timestamptz', { name: 'outcome_at', nullable: true })
  outcomeAt!: Date | null;

  @Column('text', { name: 'handed_off_to', nullable: true })
  handedOffTo!: BotHandoffChannel | null;

  @Column('text', { nullable: true })
  resolution!: BotResolution | null;

  /** The bot's last reply answered a question: thanks now confirm it, and silence now resolves rather than abandons. */
  @Column('boolean', { name: 'last_turn_answered' })
  lastTurnAnswered!: boolean;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
