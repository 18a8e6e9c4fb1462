import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENT_ROLES, type AgentRole, type Locale, LOCALES } from '@okpay/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsInternationalPhone } from './phone-number.validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LoginDto {
  @ApiProperty({ example: 'agent@okpay.test' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'agent-demo-password' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class RegisterCustomerDto {
  @ApiProperty({ example: 'li.lei@example.com' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 8, maxLength: 256 })
  @IsString()
  @MinLength(8)
  @MaxLength(256)
  password!: string;

  @ApiProperty({ example: '李雷' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: Locale;

  @ApiPropertyOptional({ example: '+8613800138000' })
  @IsOptional()
  @IsInternationalPhone()
  phone?: string;
}

export class CreateAgentDto {
  @ApiProperty({ example: 'wang.fang@okpay.test' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: '王芳' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: AGENT_ROLES })
  @IsIn(AGENT_ROLES)
  role!: AgentRole;

  @ApiProperty({ minLength: 12, maxLength: 256 })
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password!: string;
}

export class StartWidgetSessionDto {
  @ApiPropertyOptional({ enum: LOCALES, default: 'zh-CN' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class ChangeAgentDto {
  @ApiProperty({ enum: AGENT_ROLES })
  @IsIn(AGENT_ROLES)
  role!: AgentRole;
}
