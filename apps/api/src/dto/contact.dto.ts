import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from './page.query';

/** Contacts per page unless the inbox asks for another length. */
const CONTACT_PAGE_SIZE = 25;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ContactSearchQuery extends PageQuery(CONTACT_PAGE_SIZE) {
  @ApiPropertyOptional({ example: '王小明', description: 'part of a name or email, or a phone number (without a country code read as Chinese); absent for all contacts' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;
}

export class MergeContactDto {
  @ApiProperty({ format: 'uuid', description: 'the contact that remains' })
  @IsUUID()
  intoContactId!: string;
}
