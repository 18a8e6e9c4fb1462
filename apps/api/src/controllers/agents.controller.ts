import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentDirectory, AgentRoles } from '@okpay/auth';
import { AgentView } from '@okpay/contracts';
import { CreateAgentDto } from '../dto/auth.dto';
import { toAgentView } from '../mappers/identity.mapper';

@ApiTags('agents')
@ApiBearerAuth()
@Controller('agents')
export class AgentsController {
  constructor(private readonly agents: AgentDirectory) {}

  @Post()
  @AgentRoles('admin')
  async create(@Body() body: CreateAgentDto): Promise<AgentView> {
    return toAgentView(await this.agents.create(body));
  }

  @Get()
  @AgentRoles('admin', 'supervisor')
  async list(): Promise<AgentView[]> {
    return (await this.agents.list()).map(toAgentView);
  }
}
