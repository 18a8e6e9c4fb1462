import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUPPORTED_CURRENCIES } from '@okpay/shared';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

class QuoteQueryBase {
  @ApiProperty({ example: 100000, description: 'minor units' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amount!: number;

  @ApiProperty({ enum: SUPPORTED_CURRENCIES })
  @IsIn(SUPPORTED_CURRENCIES)
  currency!: string;
}

export class TransferQuoteQuery extends QuoteQueryBase {
  @ApiPropertyOptional({ enum: SUPPORTED_CURRENCIES, description: 'what the recipient receives; defaults to currency' })
  @IsOptional()
  @IsIn(SUPPORTED_CURRENCIES)
  toCurrency?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  crossBorder?: boolean;
}

export class TopUpQuoteQuery extends QuoteQueryBase {
  @ApiProperty({ enum: ['card', 'bank_transfer'] })
  @IsIn(['card', 'bank_transfer'])
  method!: 'card' | 'bank_transfer';
}
