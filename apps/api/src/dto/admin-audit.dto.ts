import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ADMIN_AUDIT_SUBJECT_TYPES, AdminAuditSubject } from '../admin/admin-audit-log';

export class AdminAuditQuery {
  @ApiPropertyOptional({ enum: ADMIN_AUDIT_SUBJECT_TYPES })
  @IsOptional()
  @IsIn(ADMIN_AUDIT_SUBJECT_TYPES)
  subjectType?: AdminAuditSubject['type'];

  @ApiPropertyOptional({ description: 'a calendar, agent, canned response or macro id; a queue kind; a priority' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectId?: string;
}
