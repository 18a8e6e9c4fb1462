import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AgentRoles } from '@okpay/auth';
import { AdminAuditEntryView, AdminAuditEntryViewSchema } from '@okpay/contracts';
import { Type } from '@sinclair/typebox';
import { AdminAuditLog } from '../admin/admin-audit-log';
import { AdminAuditQuery } from '../dto/admin-audit.dto';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/audit')
export class AdminAuditController {
  constructor(private readonly audit: AdminAuditLog) {}

  @Get()
  @AgentRoles('admin', 'supervisor')
  @ApiAnswer({ summary: 'Admin changes, newest first (the latest 200), optionally of one subject', body: Type.Array(AdminAuditEntryViewSchema) })
  list(@Query() query: AdminAuditQuery): Promise<AdminAuditEntryView[]> {
    return this.audit.trail({ type: query.subjectType, id: query.subjectId });
  }
}
