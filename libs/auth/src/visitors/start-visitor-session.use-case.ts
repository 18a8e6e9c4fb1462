import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Locale } from '@okpay/contracts';
import { Clock } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { AccessTokenService } from '../tokens/access-token.service';
import { VisitorSessionEntity } from './visitor-session.entity';

export interface VisitorSession {
  readonly visitorToken: string;
  readonly conversationId: string;
}

@Injectable()
export class StartVisitorSessionUseCase {
  constructor(
    @InjectRepository(VisitorSessionEntity) private readonly sessions: Repository<VisitorSessionEntity>,
    private readonly tokens: AccessTokenService,
    private readonly clock: Clock,
  ) {}

  async execute(locale: Locale): Promise<VisitorSession> {
    const session: VisitorSessionEntity = {
      id: randomUUID(),
      // Reserved now so the widget can address its conversation before the first message.
      conversationId: randomUUID(),
      locale,
      createdAt: this.clock.now(),
    };
    await this.sessions.insert(session);
    const visitorToken = await this.tokens.issue({ kind: 'visitor', id: session.id, conversationId: session.conversationId });
    return { visitorToken, conversationId: session.conversationId };
  }
}
