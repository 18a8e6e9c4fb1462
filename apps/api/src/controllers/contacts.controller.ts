import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles, Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { ContactPageView, ContactPageViewSchema, ContactProfileView, ContactProfileViewSchema, ContactView, ContactViewSchema } from '@okpay/contracts';
import { CallbackQueue } from '@okpay/routing';
import { ContactQueries, MergeContactsUseCase } from '@okpay/tickets';
import { ContactSearchQuery, MergeContactDto } from '../dto/contact.dto';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toContactProfile, toContactView } from '../mappers/contact.mapper';

/** Contacts: wallet customers and email or chat requesters, for agents only. */
@ApiTags('contacts')
@ApiBearerAuth()
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactQueries,
    private readonly mergeContacts: MergeContactsUseCase,
    private readonly callbacks: CallbackQueue,
  ) {}

  @Get()
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Contacts found by name, email or phone, newest first; pass `nextCursor` back as `cursor`', body: ContactPageViewSchema })
  async search(@Query() query: ContactSearchQuery): Promise<ContactPageView> {
    const page = await this.contacts.search(query.q, query.cursor, query.pageSize);
    return { items: page.items.map(toContactView), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'A contact with their tickets, chats and callbacks, newest first', body: ContactProfileViewSchema })
  async profile(@Param('id', ResourceIdPipe) id: string): Promise<ContactProfileView> {
    const history = await this.contacts.history(id);
    return toContactProfile(history, await this.callbacks.ofContact(history.contact.customerId, history.contact.phone));
  }

  @Post(':id/merge')
  @HttpCode(200)
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Merge a contact into another, the same person: their tickets and chats move (supervisors, admins)', body: ContactViewSchema, errors: [422] })
  async merge(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: MergeContactDto): Promise<ContactView> {
    return toContactView(await this.mergeContacts.execute(agent.id, id, body.intoContactId.toLowerCase()));
  }
}
