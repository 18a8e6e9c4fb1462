import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { BotMessageResponse, CustomerAuthResponse } from '@okpay/contracts';
import { API_PREFIX } from '../../api-app';
import { DEMO_CUSTOMERS } from '../../seed/demo-data';
import { Dialogue, VISITOR } from './dialogue-file';
import { ObservedReply, PlayedDialogue } from './dialogue-scoring';

/**
 * Plays dialogues, in order, through the product's own HTTP path (`POST /api/v1/bot/messages`,
 * injected into the app without a socket): each one is a new conversation, the first reply's
 * `conversationId` goes with every later turn, and a dialogue `as` a customer signs in first and
 * sends the token with every turn.
 */
export async function playDialogues(app: NestFastifyApplication, dialogues: readonly Dialogue[]): Promise<PlayedDialogue[]> {
  const played: PlayedDialogue[] = [];
  for (const dialogue of dialogues) played.push({ dialogue, replies: await playDialogue(app, dialogue) });
  return played;
}

async function playDialogue(app: NestFastifyApplication, dialogue: Dialogue): Promise<ObservedReply[]> {
  const token = dialogue.as === VISITOR ? undefined : await signIn(app, dialogue);
  const replies: ObservedReply[] = [];
  let conversationId: string | undefined;
  for (const [i, turn] of dialogue.turns.entries()) {
    const body = await post<BotMessageResponse>(app, '/bot/messages', { text: turn.say, locale: dialogue.locale, conversationId }, token, `${dialogue.id} turn ${i + 1}`);
    conversationId ??= body.conversationId;
    replies.push({
      intent: body.intent,
      confidence: body.confidence,
      text: body.reply.text,
      quickReplyLabels: (body.reply.quickReplies ?? []).map((q) => q.label),
      handoff: body.handoff !== null,
    });
  }
  return replies;
}

async function signIn(app: NestFastifyApplication, dialogue: Dialogue): Promise<string> {
  const customer = Object.values(DEMO_CUSTOMERS).find((c) => c.email === dialogue.as.toLowerCase());
  if (!customer) throw new Error(`${dialogue.id}: "${dialogue.as}" is neither "visitor" nor a demo customer's email`);
  const body = await post<CustomerAuthResponse>(app, '/auth/customers/login', { email: customer.email, password: customer.password }, undefined, `${dialogue.id} sign-in`);
  return body.token;
}

/** A refused request stops the run: the figures would otherwise count the runner's problem as the bot's. */
async function post<T>(app: NestFastifyApplication, path: string, payload: object, token: string | undefined, what: string): Promise<T> {
  const response = await app.inject({
    method: 'POST',
    url: `/${API_PREFIX}${path}`,
    payload,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (response.statusCode !== 200) throw new Error(`${what}: POST ${path} answered ${response.statusCode} ${response.body}`);
  return response.json<T>();
}
