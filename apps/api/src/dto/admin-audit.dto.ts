import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ADMIN_AUDIT_SUBJECT_TYPES, type AdminAuditSubjectType } from '@okpay/contracts';

export class AdminAuditQuery {
  @ApiPropertyOptional({ enum: ADMIN_AUDIT_SUBJECT_TYPES })
  @IsOptional()
  @IsIn(ADMIN_AUDIT_SUBJECT_TYPES)
  subjectType?: AdminAuditSubjectType;

  @ApiPropertyOptional({ description: 'a calendar, agent, canned response or macro id; a queue kind; a priority' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectId?: string;
}
