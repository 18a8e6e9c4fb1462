import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { SavedTicketView, SavedTicketViewSchema } from '@okpay/contracts';
import { SavedTicketViewRecord, SavedTicketViews } from '@okpay/tickets';
import { Type } from '@sinclair/typebox';
import { SaveTicketViewDto } from '../dto/ticket.dto';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';
import { ResourceIdPipe } from '../http/resource-id.pipe';

/** Each agent's own ticket views: a name for a set of the inbox's list filters. */
@ApiTags('tickets')
@ApiBearerAuth()
@Controller('ticket-views')
@Authenticated('agent')
export class TicketViewsController {
  constructor(private readonly views: SavedTicketViews) {}

  @Get()
  @ApiAnswer({ summary: 'The calling agent\'s saved ticket views, by name', body: Type.Array(SavedTicketViewSchema) })
  async list(@CurrentPrincipal() agent: Principal): Promise<SavedTicketView[]> {
    return (await this.views.list(agent.id)).map(toSavedTicketView);
  }

  @Post()
  @ApiAnswer({ summary: 'Save the list filters as a named view of one\'s own', body: SavedTicketViewSchema, errors: [409, 422] })
  async save(@CurrentPrincipal() agent: Principal, @Body() body: SaveTicketViewDto): Promise<SavedTicketView> {
    const filters = Object.fromEntries(Object.entries(body.filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    return toSavedTicketView(await this.views.save(agent.id, body.name, filters));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiAnswer({ summary: 'Delete one of one\'s own views', body: 'none', errors: [404] })
  async remove(@CurrentPrincipal() agent: Principal, @Param('id', ResourceIdPipe) id: string): Promise<void> {
    await this.views.remove(agent.id, id);
  }
}

function toSavedTicketView(view: SavedTicketViewRecord): SavedTicketView {
  return { id: view.id, name: view.name, filters: view.filters, createdAt: view.createdAt.toISOString() };
}
