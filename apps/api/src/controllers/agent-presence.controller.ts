import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { AgentPresenceService } from '@okpay/routing';
import { AgentNotifications } from '@okpay/tickets';
import { PresenceDto } from '../dto/routing.dto';
import { toRoutingProfileView } from '../mappers/routing.mapper';
import { AgentNotificationView, AgentNotificationViewSchema, RoutingProfileView, RoutingProfileViewSchema } from '@okpay/contracts';
import { Type } from '@sinclair/typebox';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** The calling agent's presence, routing profile and notifications. */
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
  @ApiAnswer({ summary: 'SLA warnings on the calling agent\'s tickets, newest first', body: Type.Array(AgentNotificationViewSchema) })
  async myNotifications(@CurrentPrincipal() agent: Principal): Promise<AgentNotificationView[]> {
    return (await this.notifications.forAgent(agent.id)).map((n) => ({ ...n, createdAt: n.createdAt.toISOString() }));
  }

  @Get('agents/me/routing')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'The calling agent\'s presence and routing profile', body: RoutingProfileViewSchema })
  async mine(@CurrentPrincipal() agent: Principal): Promise<RoutingProfileView> {
    return toRoutingProfileView(await this.presence.profile(agent.id));
  }

  @Put('agents/me/presence')
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Set the calling agent\'s presence (online, away, offline)', body: RoutingProfileViewSchema })
  async setPresence(@CurrentPrincipal() agent: Principal, @Body() body: PresenceDto): Promise<RoutingProfileView> {
    return toRoutingProfileView(await this.presence.setPresence(agent.id, body.presence));
  }

  /** Online agents call this every ~20 s; a minute without one takes them offline. */
  @Post('agents/me/heartbeat')
  @HttpCode(204)
  @Authenticated('agent')
  @ApiAnswer({ summary: 'Keep the calling agent online (every ~20 s; a silent minute means offline)', body: 'none' })
  async heartbeat(@CurrentPrincipal() agent: Principal): Promise<void> {
    await this.presence.heartbeat(agent.id);
  }
}
