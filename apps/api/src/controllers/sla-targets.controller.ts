import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles, Authenticated, CurrentPrincipal, Principal } from '@okpay/auth';
import { ApiErrorCode, SlaTargetView, SlaTargetViewSchema, TICKET_PRIORITY_NAMES } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';
import { SlaTargets } from '@okpay/tickets';
import { Type } from '@sinclair/typebox';
import { AdminAuditLog } from '../admin/admin-audit-log';
import { SlaTargetDto } from '../dto/sla-target.dto';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** SLA targets per priority: agents read them, admins and supervisors set them (audited). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/sla-targets')
export class SlaTargetsController {
  constructor(
    private readonly targets: SlaTargets,
    private readonly audit: AdminAuditLog,
  ) {}

  @Get()
  @Authenticated('agent')
  @ApiAnswer({ summary: 'First-response and resolution targets per priority, in business minutes', body: Type.Array(SlaTargetViewSchema) })
  list(): Promise<SlaTargetView[]> {
    return this.targets.list();
  }

  @Put(':priority')
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Set one priority\'s targets (admins, supervisors); tickets whose due times are worked out afterwards use them', body: SlaTargetViewSchema, errors: [404] })
  async change(@CurrentPrincipal() actor: Principal, @Param('priority') priority: string, @Body() body: SlaTargetDto): Promise<SlaTargetView> {
    if (!(TICKET_PRIORITY_NAMES as readonly string[]).includes(priority)) throw new DomainError<ApiErrorCode>('not_found', 'No such priority.');
    const { before, after } = await this.targets.change({ priority: priority as (typeof TICKET_PRIORITY_NAMES)[number], ...body });
    await this.audit.record(actor.id, 'sla_target.changed', { type: 'sla_target', id: priority }, before, after);
    return after;
  }
}
