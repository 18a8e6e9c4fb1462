import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentDirectory, AgentRoles } from '@okpay/auth';
import { AgentView, AgentViewSchema } from '@okpay/contracts';
import { CreateAgentDto } from '../dto/auth.dto';
import { toAgentView } from '../mappers/identity.mapper';
import { Type } from '@sinclair/typebox';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('agents')
@ApiBearerAuth()
@Controller('agents')
export class AgentsController {
  constructor(private readonly agents: AgentDirectory) {}

  @Post()
  @AgentRoles('admin')
  @ApiAnswer({ summary: 'Create an agent account (admins)', body: AgentViewSchema, errors: [409] })
  async create(@Body() body: CreateAgentDto): Promise<AgentView> {
    return toAgentView(await this.agents.create(body));
  }

  @Get()
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'All agents', body: Type.Array(AgentViewSchema) })
  async list(): Promise<AgentView[]> {
    return (await this.agents.list()).map(toAgentView);
  }
}
