import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountAnswers } from './answers/account-answers.service';
import { ArticleFacts } from './answers/article-facts.service';
import { BotActions } from './dialog/bot-actions.service';
import { BotConversationEntity } from './dialog/bot-conversation.entity';
import { BotConversations } from './dialog/bot-conversations.service';
import { BotTurnEntity } from './dialog/bot-turn.entity';
import { TopicAnswers } from './dialog/topic-answers.service';
import { BotHandoff } from './handoff/bot-handoff.service';
import { BotKnowledge } from './knowledge/bot-knowledge';
import { DatabaseClassifierStore } from './knowledge/database-classifier-store';
import { BotOutcomes } from './outcomes/bot-outcomes.service';

export interface BotModuleImports {
  /** Exports `Clock`, `APP_CONFIG` and a `JobScheduler`. */
  readonly platform: DynamicModule;
  /** The modules the app built of the libs the bot answers from and hands over to. */
  readonly wallet: DynamicModule;
  readonly tickets: DynamicModule;
  readonly calendars: DynamicModule;
  readonly routing: DynamicModule;
}

/** The bot: understanding, dialog, account-grounded answers and handoff. */
@Module({})
export class BotModule {
  static forRoot({ platform, wallet, tickets, calendars, routing }: BotModuleImports): DynamicModule {
    return {
      module: BotModule,
      imports: [platform, wallet, tickets, calendars, routing, TypeOrmModule.forFeature([BotConversationEntity, BotTurnEntity])],
      providers: [
        // Loaded once, at start-up (a broken article stops the start); the classifier is trained once
        // per knowledge-base content for every process on the database, and read from there.
        {
          provide: BotKnowledge,
          useFactory: (dataSource: DataSource) =>
            BotKnowledge.loadShared(new DatabaseClassifierStore(dataSource), undefined, () =>
              new Logger(BotKnowledge.name).log('training the bot model (first start, or the knowledge base changed)'),
            ),
          inject: [DataSource],
        },
        ArticleFacts,
        AccountAnswers,
        TopicAnswers,
        BotActions,
        BotHandoff,
        BotConversations,
        BotOutcomes,
      ],
      exports: [BotKnowledge, ArticleFacts, BotConversations, BotOutcomes],
    };
  }
}
