import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { BotKnowledge } from '@okpay/bot';
import { APP_CONFIG, AppConfig } from '@okpay/shared';
import { FSWatcher, watch } from 'node:fs';

const SETTLE_MS = 300;

/** In development, edited articles show up without a restart (and a broken edit keeps the last good set). */
@Injectable()
export class KnowledgeBaseWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(KnowledgeBaseWatcher.name);
  private watcher?: FSWatcher;
  private pending?: NodeJS.Timeout;

  constructor(
    private readonly knowledge: BotKnowledge,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv !== 'development') return;
    this.watcher = watch(this.knowledge.knowledgeBase.rootDir, { recursive: true }, () => {
      // Editors write in bursts; reload once they settle. Not durable on purpose: it only refreshes a cache.
      clearTimeout(this.pending);
      this.pending = setTimeout(() => this.reload(), SETTLE_MS);
    });
  }

  onApplicationShutdown(): void {
    clearTimeout(this.pending);
    this.watcher?.close();
  }

  private reload(): void {
    try {
      this.knowledge.reload();
      this.logger.log('Knowledge base reloaded');
    } catch (error) {
      this.logger.error(`Knowledge base not reloaded: ${(error as Error).message}`);
    }
  }
}
