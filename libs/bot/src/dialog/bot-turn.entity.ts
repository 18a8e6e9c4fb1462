import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One customer message and the bot's answer. The text is stored masked (cards, one-time codes). */
@Entity('bot_turns')
export class BotTurnEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'conversation_id' })
  conversationId!: string;

  @Column('integer')
  seq!: number;

  @Column('text')
  text!: string;

  @Column('text')
  intent!: string;

  @Column('real')
  confidence!: number;

  @Column('text')
  reply!: string;

  @Column('text', { name: 'article_id', nullable: true })
  articleId!: string | null;

  @Column('text', { name: 'handoff_reason', nullable: true })
  handoffReason!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
