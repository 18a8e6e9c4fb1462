import { Injectable } from '@nestjs/common';
import { Locale, TicketsErrorCode } from '@okpay/contracts';
import { Clock, DomainError, isUniqueViolation } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PostedMessage, PostTicketMessageUseCase } from '../tickets/post-ticket-message.use-case';
import { UpdateTicketUseCase } from '../tickets/update-ticket.use-case';
import { CannedResponseEntity } from './canned-response.entity';
import { CannedResponseRecord } from './canned-response.record';
import { MacroEntity } from './macro.entity';
import { MacroActions, MacroRecord } from './macro.record';
import { compileReplyTemplate, ReplyContext } from './reply-template';

export class CannedResponseNotFoundError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('canned_response_not_found', 'No such canned response.');
  }
}

export class MacroNotFoundError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('macro_not_found', 'No such macro.');
  }
}

export class ReplyNameTakenError extends DomainError<TicketsErrorCode> {
  constructor() {
    super('name_taken', 'Something with this name already exists.');
  }
}

/** Canned responses and macros: saved replies and one-click ticket changes. */
@Injectable()
export class CannedReplies {
  constructor(
    private readonly dataSource: DataSource,
    private readonly postMessage: PostTicketMessageUseCase,
    private readonly updateTicket: UpdateTicketUseCase,
    private readonly clock: Clock,
  ) {}

  list(locale?: Locale): Promise<CannedResponseRecord[]> {
    return this.dataSource.getRepository(CannedResponseEntity).find({ where: locale ? { locale } : {}, order: { name: 'ASC', locale: 'ASC' } });
  }

  async create(name: string, locale: Locale, body: string): Promise<CannedResponseRecord> {
    compileReplyTemplate(body);
    const canned: CannedResponseEntity = { id: randomUUID(), name, locale, body, createdAt: this.clock.now() };
    await this.insert(CannedResponseEntity, canned);
    return canned;
  }

  /** Replaces a canned response's name, language and text; answers it before and after. */
  async replace(id: string, name: string, locale: Locale, body: string): Promise<{ readonly before: CannedResponseRecord; readonly after: CannedResponseRecord }> {
    compileReplyTemplate(body);
    const before = await this.cannedResponse(id);
    const after: CannedResponseRecord = { ...before, name, locale, body };
    await this.save(() => this.dataSource.getRepository(CannedResponseEntity).update({ id }, { name, locale, body }));
    return { before, after };
  }

  async remove(id: string): Promise<CannedResponseRecord> {
    const before = await this.cannedResponse(id);
    await this.dataSource.getRepository(CannedResponseEntity).delete({ id });
    return before;
  }

  async reply(agentId: string, ticketId: string, cannedResponseId: string, context: ReplyContext): Promise<PostedMessage> {
    return this.postMessage.execute({ requester: { kind: 'agent', id: agentId }, ticketId, body: await this.render(cannedResponseId, context) });
  }

  /** The canned response's text with its variables filled in, for the agent to edit before sending. */
  async render(cannedResponseId: string, context: ReplyContext): Promise<string> {
    const canned = await this.cannedResponse(cannedResponseId);
    return compileReplyTemplate(canned.body)(context);
  }

  /** What applying the macro would do, its reply rendered as the customer would read it; nothing changes. */
  async previewMacro(macroId: string, locale: Locale, context: ReplyContext): Promise<{ macro: MacroRecord; reply: string | null }> {
    const macro = await this.dataSource.getRepository(MacroEntity).findOneBy({ id: macroId });
    if (!macro) throw new MacroNotFoundError();
    const canned = macro.actions.cannedResponseName ? await this.versionIn(macro.actions.cannedResponseName, locale) : null;
    return { macro, reply: canned ? compileReplyTemplate(canned.body)(context) : null };
  }

  private async versionIn(name: string, locale: Locale): Promise<CannedResponseEntity | null> {
    const versions = await this.dataSource.getRepository(CannedResponseEntity).findBy({ name });
    return versions.find((v) => v.locale === locale) ?? versions[0] ?? null;
  }

  macros(): Promise<MacroRecord[]> {
    return this.dataSource.getRepository(MacroEntity).find({ order: { name: 'ASC' } });
  }

  async createMacro(name: string, actions: MacroActions): Promise<MacroRecord> {
    await this.assertCannedResponseNamed(actions);
    const macro: MacroEntity = { id: randomUUID(), name, actions, createdAt: this.clock.now() };
    await this.insert(MacroEntity, macro);
    return macro;
  }

  /** Replaces a macro's name and actions; answers it before and after. */
  async replaceMacro(id: string, name: string, actions: MacroActions): Promise<{ readonly before: MacroRecord; readonly after: MacroRecord }> {
    await this.assertCannedResponseNamed(actions);
    const before = await this.macro(id);
    const after: MacroRecord = { ...before, name, actions };
    await this.save(() => this.dataSource.getRepository(MacroEntity).update({ id }, { name, actions }));
    return { before, after };
  }

  async removeMacro(id: string): Promise<MacroRecord> {
    const before = await this.macro(id);
    await this.dataSource.getRepository(MacroEntity).delete({ id });
    return before;
  }

  /** Sets the macro's fields, then replies with its canned response in the ticket's language. */
  async applyMacro(agentId: string, ticketId: string, macroId: string, locale: Locale, context: ReplyContext): Promise<void> {
    const macro = await this.macro(macroId);
    const { status, priority, addTags, cannedResponseName } = macro.actions;
    if (cannedResponseName) {
      const canned = await this.versionIn(cannedResponseName, locale);
      if (canned) await this.reply(agentId, ticketId, canned.id, context);
    }
    if (status || priority || addTags) {
      const current = addTags ? (await this.dataSource.query(`SELECT tags FROM tickets WHERE id = $1`, [ticketId]))[0]?.tags ?? [] : undefined;
      await this.updateTicket.execute(agentId, ticketId, { status, priority, ...(addTags ? { tags: [...current, ...addTags] } : {}) });
    }
  }

  private async cannedResponse(id: string): Promise<CannedResponseRecord> {
    const canned = await this.dataSource.getRepository(CannedResponseEntity).findOneBy({ id });
    if (!canned) throw new CannedResponseNotFoundError();
    return canned;
  }

  private async macro(id: string): Promise<MacroRecord> {
    const macro = await this.dataSource.getRepository(MacroEntity).findOneBy({ id });
    if (!macro) throw new MacroNotFoundError();
    return macro;
  }

  private async assertCannedResponseNamed(actions: MacroActions): Promise<void> {
    if (!actions.cannedResponseName) return;
    const exists = await this.dataSource.getRepository(CannedResponseEntity).existsBy({ name: actions.cannedResponseName });
    if (!exists) throw new CannedResponseNotFoundError();
  }

  private insert(entity: typeof CannedResponseEntity | typeof MacroEntity, row: CannedResponseEntity | MacroEntity): Promise<void> {
    return this.save(() => this.dataSource.getRepository(entity).insert(row));
  }

  /** Runs a write that may collide with another row's unique name. */
  private async save(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw new ReplyNameTakenError();
      throw error;
    }
  }
}
