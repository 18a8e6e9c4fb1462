import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentDirectory, AgentRoles, CurrentPrincipal, Principal } from '@okpay/auth';
import { AgentPresenceService } from '@okpay/routing';
import { DomainError } from '@okpay/shared';
import { AgentView, AgentViewSchema, ApiErrorCode, RoutingProfileView, RoutingProfileViewSchema } from '@okpay/contracts';
import { ChangeAgentDto, CreateAgentDto } from '../dto/auth.dto';
import { RoutingProfileDto } from '../dto/routing.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toAgentView } from '../mappers/identity.mapper';
import { toRoutingProfileView } from '../mappers/routing.mapper';
import { Type } from '@sinclair/typebox';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';
import { AdminAuditLog } from '../admin/admin-audit-log';
import { AgentDeactivation } from '../admin/agent-deactivation';

/** Agent accounts and their routing profiles. Admins invite and change roles; supervisors may also deactivate agents and tune routing. */
@ApiTags('agents')
@ApiBearerAuth()
@Controller()
export class AgentsController {
  constructor(
    private readonly agents: AgentDirectory,
    private readonly presence: AgentPresenceService,
    private readonly deactivation: AgentDeactivation,
    private readonly audit: AdminAuditLog,
  ) {}

  @Post('agents')
  @AgentRoles('admin')
  @ApiAnswer({ summary: 'Create (invite) an agent account (admins)', body: AgentViewSchema, errors: [409] })
  async create(@CurrentPrincipal() actor: Principal, @Body() body: CreateAgentDto): Promise<AgentView> {
    const created = toAgentView(await this.agents.create(body));
    await this.audit.record(actor.id, 'agent.invited', { type: 'agent', id: created.id }, null, created);
    return created;
  }

  @Get('agents')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'All agents', body: Type.Array(AgentViewSchema) })
  async list(): Promise<AgentView[]> {
    return (await this.agents.list()).map(toAgentView);
  }

  @Patch('admin/agents/:id')
  @AgentRoles('admin')
  @ApiAnswer({ summary: 'Change an agent\'s role (admins; not their own)', body: AgentViewSchema, errors: [404] })
  async change(@CurrentPrincipal() actor: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: ChangeAgentDto): Promise<AgentView> {
    if (id === actor.id) throw new DomainError<ApiErrorCode>('role_not_allowed', 'Another admin must change your own role.');
    const { before, after } = await this.agents.change(id, { role: body.role });
    await this.audit.record(actor.id, 'agent.role_changed', { type: 'agent', id }, toAgentView(before), toAgentView(after));
    return toAgentView(after);
  }

  /** Signs the agent out at once (tokens and sockets) and hands their chats back to the queue. */
  @Post('admin/agents/:id/deactivation')
  @HttpCode(200)
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Deactivate an agent: signed out at once, chats back to the queue (supervisors: agents only)', body: AgentViewSchema, errors: [404] })
  async deactivate(@CurrentPrincipal() actor: Principal, @Param('id', ResourceIdPipe) id: string): Promise<AgentView> {
    const target = await this.agents.get(id);
    if (id === actor.id) throw new DomainError<ApiErrorCode>('role_not_allowed', 'You cannot deactivate yourself.');
    if (actor.kind === 'agent' && actor.role === 'supervisor' && target.role !== 'agent') throw new DomainError<ApiErrorCode>('role_not_allowed', 'Supervisors may deactivate agents only.');
    const { before, after } = await this.deactivation.deactivate(id);
    await this.audit.record(actor.id, 'agent.deactivated', { type: 'agent', id }, toAgentView(before), toAgentView(after));
    return toAgentView(after);
  }

  @Get('admin/agents/:id/routing')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'An agent\'s presence and routing profile', body: RoutingProfileViewSchema, errors: [404] })
  async routing(@Param('id', ResourceIdPipe) id: string): Promise<RoutingProfileView> {
    await this.agents.get(id);
    return toRoutingProfileView(await this.presence.profile(id));
  }

  @Put('admin/agents/:id/routing')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Change an agent\'s capacity, languages and topics (admins, supervisors)', body: RoutingProfileViewSchema, errors: [404] })
  async changeRouting(@CurrentPrincipal() actor: Principal, @Param('id', ResourceIdPipe) id: string, @Body() body: RoutingProfileDto): Promise<RoutingProfileView> {
    await this.agents.get(id);
    const before = toRoutingProfileView(await this.presence.profile(id));
    const after = toRoutingProfileView(await this.presence.changeProfile(id, body));
    await this.audit.record(actor.id, 'agent.routing_changed', { type: 'routing_profile', id }, before, after);
    return after;
  }
}
