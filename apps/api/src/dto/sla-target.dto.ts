import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** At most 60 business days, in minutes. */
const MAX_MINUTES = 60 * 24 * 60;

export class SlaTargetDto {
  @ApiProperty({ example: 240, minimum: 1, maximum: MAX_MINUTES, description: 'business minutes to the first agent reply' })
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES)
  firstResponseMinutes!: number;

  @ApiProperty({ example: 1440, minimum: 1, maximum: MAX_MINUTES, description: 'business minutes to solved; not shorter than the first response' })
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES)
  resolutionMinutes!: number;
}
