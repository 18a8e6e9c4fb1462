import { Injectable, PipeTransform } from '@nestjs/common';
import { LOCALES } from '@okpay/contracts';
import { isIn, isUUID, maxLength, minLength } from 'class-validator';
import { createValidationPipe } from '../http/validation';
import { BOT_MESSAGE_MAX_LENGTH, BotMessageBody, BotMessageDto } from './bot.dto';

const FIELDS: ReadonlySet<string> = new Set(['text', 'locale', 'conversationId'] satisfies (keyof BotMessageDto)[]);

/**
 * The bot's request body, the hottest in the API: a body that keeps `BotMessageDto`'s rules (the
 * same class-validator checks, called directly) is taken as it is, without the validation pipe's
 * walk through decorator metadata. Any other goes through that pipe, for the usual field-by-field
 * problem. The parameter is typed `BotMessageBody`, not the class, so the global pipe leaves it here.
 */
@Injectable()
export class BotMessageBodyPipe implements PipeTransform<unknown, BotMessageBody | Promise<BotMessageBody>> {
  private readonly validation = createValidationPipe();

  transform(value: unknown): BotMessageBody | Promise<BotMessageBody> {
    if (keepsTheRules(value)) return value;
    return this.validation.transform(value, { type: 'body', metatype: BotMessageDto });
  }
}

function keepsTheRules(value: unknown): value is BotMessageBody {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const body = value as Record<string, unknown>;
  for (const field in body) if (!FIELDS.has(field)) return false;
  // `@IsOptional()` lets null and undefined through, as here.
  return (
    typeof body.text === 'string' &&
    minLength(body.text, 1) &&
    maxLength(body.text, BOT_MESSAGE_MAX_LENGTH) &&
    (body.locale === undefined || body.locale === null || isIn(body.locale, LOCALES)) &&
    (body.conversationId === undefined || body.conversationId === null || isUUID(body.conversationId))
  );
}
