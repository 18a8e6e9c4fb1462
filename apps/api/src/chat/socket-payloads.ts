import {
  AgentClientToServerEvents,
  AgentMessageSend,
  CallbackRequestEvent,
  ConversationRef,
  CsatSubmit,
  LeaveMessage,
  LOCALES,
  Locale,
  MAX_MESSAGE_LENGTH,
  MAX_SEQ,
  WatchConversation,
  WidgetClientToServerEvents,
  WidgetMessageSend,
} from '@okpay/contracts';
import { RequestValidationError } from '@okpay/shared';
import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, IsTimeZone, IsUUID, Matches, Max, MaxLength, Min, validateSync } from 'class-validator';
import { flattenValidationErrors } from '../http/validation';

/** What clients send with these events, as the event maps type it. */
type WidgetTyping = Parameters<WidgetClientToServerEvents['typing']>[0];
type AgentTyping = Parameters<AgentClientToServerEvents['typing']>[0];
type WidgetRead = Parameters<WidgetClientToServerEvents['message:read']>[0];
type AgentRead = Parameters<AgentClientToServerEvents['message:read']>[0];

/** Socket payloads get the same rules as HTTP bodies: known fields only, each checked, each problem coded. */
export function parsePayload<T extends object>(type: new () => T, payload: unknown): T {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new RequestValidationError([{ field: '(payload)', code: 'invalid_payload', message: 'The payload must be an object.' }]);
  }
  const instance = plainToInstance(type, payload);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: false, value: false } });
  if (errors.length > 0) throw new RequestValidationError(flattenValidationErrors(errors));
  return instance;
}

const CLIENT_ID = /^[A-Za-z0-9:_-]{1,64}$/;

export class WidgetMessageSendPayload implements WidgetMessageSend {
  @Matches(CLIENT_ID, { message: 'clientId must be 1–64 letters, digits, ":", "_" or "-"' })
  clientId!: string;

  /** The length limit itself is a domain rule (message_too_long); this only bounds the work. */
  @IsString()
  @MaxLength(MAX_MESSAGE_LENGTH * 4)
  text!: string;

  @IsOptional()
  @IsUUID()
  attachmentId?: string;
}

export class AgentMessageSendPayload extends WidgetMessageSendPayload implements AgentMessageSend {
  @IsUUID()
  conversationId!: string;

  @IsOptional()
  @IsBoolean()
  internal?: boolean;
}

export class ConversationRefPayload implements ConversationRef {
  @IsUUID()
  conversationId!: string;
}

export class WatchConversationPayload extends ConversationRefPayload implements WatchConversation {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SEQ)
  lastSeq?: number;
}

export class WidgetTypingPayload implements WidgetTyping {
  @IsBoolean()
  isTyping!: boolean;
}

export class AgentTypingPayload extends WidgetTypingPayload implements AgentTyping {
  @IsUUID()
  conversationId!: string;
}

export class WidgetReadPayload implements WidgetRead {
  @IsInt()
  @Min(0)
  @Max(MAX_SEQ)
  seq!: number;
}

export class AgentReadPayload extends WidgetReadPayload implements AgentRead {
  @IsUUID()
  conversationId!: string;
}

export class CsatPayload implements CsatSubmit {
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class LeaveMessagePayload implements LeaveMessage {
  @IsString()
  @MaxLength(MAX_MESSAGE_LENGTH)
  text!: string;

  @IsOptional()
  @IsEmail()
  email?: string;
}

export class CallbackRequestPayload implements CallbackRequestEvent {
  @IsString()
  @MaxLength(40)
  phone!: string;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;

  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

export interface WidgetHandshake {
  readonly token?: string;
  readonly lastSeq: number;
  readonly locale: Locale;
}

/** The handshake `auth` object; anything odd in `lastSeq` means "from the start". */
export function readWidgetHandshake(auth: Record<string, unknown>): WidgetHandshake {
  const lastSeq = isSeq(auth.lastSeq) ? auth.lastSeq : 0;
  const locale = (LOCALES as readonly unknown[]).includes(auth.locale) ? (auth.locale as Locale) : 'zh-CN';
  return { token: typeof auth.token === 'string' ? auth.token : undefined, lastSeq, locale };
}

export function readAgentLastSeqs(auth: Record<string, unknown>): Map<string, number> {
  const given = auth.lastSeqs;
  const result = new Map<string, number>();
  if (typeof given !== 'object' || given === null) return result;
  for (const [conversationId, seq] of Object.entries(given)) {
    if (isSeq(seq)) result.set(conversationId, seq);
  }
  return result;
}

function isSeq(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_SEQ;
}
