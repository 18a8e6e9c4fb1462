import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoutingModule } from '@okpay/routing';
import { TicketsModule } from '@okpay/tickets';
import { WalletCoreModule } from '@okpay/wallet-core';
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

@Module({
  imports: [TypeOrmModule.forFeature([BotConversationEntity, BotTurnEntity]), WalletCoreModule, RoutingModule, TicketsModule],
  providers: [
    // Loaded once, at start-up (a broken article stops the start); the classifier is trained once
    // per knowledge-base content for every process on the database, and read from there.
    { provide: BotKnowledge, useFactory: (dataSource: DataSource) => BotKnowledge.loadShared(new DatabaseClassifierStore(dataSource)), inject: [DataSource] },
    ArticleFacts,
    AccountAnswers,
    TopicAnswers,
    BotActions,
    BotHandoff,
    BotConversations,
    BotOutcomes,
  ],
  exports: [BotKnowledge, ArticleFacts, BotConversations, BotOutcomes],
})
export class BotModule {}
