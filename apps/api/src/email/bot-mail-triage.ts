import { Inject, Injectable } from '@nestjs/common';
import { BotKnowledge, isSecurityIncident, normalizeText } from '@okpay/bot';
import { IntentId, Locale } from '@okpay/contracts';
import { InboundMailTriage, MailTriage } from '@okpay/messaging';
import { APP_CONFIG, AppConfig } from '@okpay/shared';

/** Intents whose article can answer a mail on its own; the others want a person, not a link. */
const NOT_FAQ: readonly IntentId[] = ['human_agent', 'callback_request', 'complaint', 'greeting', 'thanks', 'goodbye', 'out_of_scope'];
/** Below this the acknowledgement carries no article: a wrong link reads worse than none. */
const ARTICLE_CONFIDENCE = 0.6;

/** The bot's classifier, reading new mail: category, priority, and a help article when it is sure. */
@Injectable()
export class BotMailTriage extends InboundMailTriage {
  constructor(
    private readonly knowledge: BotKnowledge,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async triage(text: string, locale: Locale): Promise<MailTriage | null> {
    const prediction = this.knowledge.classifier.classify(text);
    if (prediction.intent === 'out_of_scope') return null;
    const priority =
      prediction.intent === 'account_security' && isSecurityIncident(normalizeText(text)) ? 'urgent' : prediction.intent === 'complaint' ? 'high' : undefined;
    const faq = !NOT_FAQ.includes(prediction.intent) && prediction.confidence >= ARTICLE_CONFIDENCE;
    const article = faq ? this.knowledge.article(locale, prediction.intent) : undefined;
    return {
      intent: prediction.intent,
      confidence: prediction.confidence,
      ...(priority ? { priority } : {}),
      ...(article ? { article: { id: article.id, title: article.title, url: `${this.config.publicUrl}/help/${locale}/${article.id}` } } : {}),
    };
  }
}
