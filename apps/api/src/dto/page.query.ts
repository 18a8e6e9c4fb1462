import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const MAX_PAGE_SIZE = 100;

/**
 * The query of a keyset-paged list: where the page starts and how long it is. A factory, because
 * each list has its own default length, which the OpenAPI document shows.
 */
export function PageQuery(defaultLimit: number) {
  class PageQueryOfList {
    @ApiPropertyOptional({ description: 'the `nextCursor` of the page before; absent for the first page' })
    @IsOptional()
    @IsString()
    @MaxLength(200)
    cursor?: string;

    @ApiPropertyOptional({ default: defaultLimit, minimum: 1, maximum: MAX_PAGE_SIZE })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(MAX_PAGE_SIZE)
    limit?: number;

    /** The length asked for, or this list's default. */
    get pageSize(): number {
      return this.limit ?? defaultLimit;
    }
  }
  return PageQueryOfList;
}
