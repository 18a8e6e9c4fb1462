import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles, Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { AgentPresenceService } from '@okpay/routing';
import { AgentNotifications } from '@okpay/tickets';
import { PresenceDto, RoutingProfileDto } from '../dto/routing.dto';
import { ResourceIdPipe } from '../http/resource-id.pipe';
import { toRoutingProfileView } from '../mappers/routing.mapper';

/** Agents' presence and routing profiles (capacity, languages, topics). */
@ApiTags('agents')
@ApiBearerAuth()
@Controller()
export class AgentPresenceController {
  constructor(
    private readonly presence: AgentPresenceService,
    private readonly notifications: AgentNotifications,
  ) {}

  /** SLA warnings on the agent's tickets. */
  @Get('agents/me/notifications')
  @Authenticated('agent')
  async myNotifications(@CurrentPrincipal() agent: Principal) {
    return (await this.notifications.forAgent(agent.id)).map((n) => ({ ...n, createdAt: n.createdAt.toISOString() }));
  }

  @Get('agents/me/routing')
  @Authenticated('agent')
  async mine(@CurrentPrincipal() agent: Principal) {
    return toRoutingProfileView(await this.presence.profile(agent.id));
  }

  @Put('agents/me/presence')
  @Authenticated('agent')
  async setPresence(@CurrentPrincipal() agent: Principal, @Body() body: PresenceDto) {
    return toRoutingProfileView(await this.presence.setPresence(agent.id, body.presence));
  }

  /** Online agents call this every ~20 s; a minute without one takes them offline. */
  @Post('agents/me/heartbeat')
  @HttpCode(204)
  @Authenticated('agent')
  async heartbeat(@CurrentPrincipal() agent: Principal): Promise<void> {
    await this.presence.heartbeat(agent.id);
  }

  @Put('admin/agents/:id/routing')
  @AgentRoles('admin', 'supervisor')
  async changeProfile(@Param('id', ResourceIdPipe) agentId: string, @Body() body: RoutingProfileDto) {
    return toRoutingProfileView(await this.presence.changeProfile(agentId, body));
  }
}
