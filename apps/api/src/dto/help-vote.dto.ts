import { ApiProperty } from '@nestjs/swagger';
import { type Locale, LOCALES } from '@okpay/contracts';
import { IsBoolean, IsIn, Matches } from 'class-validator';

export class HelpVoteDto {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: Locale;

  @ApiProperty({ example: 'fees', description: 'The help article the vote is about.' })
  @Matches(/^[a-z0-9-]{1,80}$/)
  articleId!: string;

  @ApiProperty({ description: 'The answer to "Was this helpful?".' })
  @IsBoolean()
  helpful!: boolean;
}

/** The same answer from the article page's plain form (no JavaScript): its button's value. */
export class HelpVoteFormDto {
  @IsIn(['true', 'false'])
  helpful!: 'true' | 'false';
}
