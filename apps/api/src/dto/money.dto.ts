import { ApiProperty } from '@nestjs/swagger';
import { SUPPORTED_CURRENCIES } from '@okpay/shared';
import { IsIn, IsInt, Max, Min } from 'class-validator';

/** Integer minor units and an ISO 4217 code: `{ "amount": 12050, "currency": "CNY" }` is ¥120.50. */
export class MoneyDto {
  @ApiProperty({ example: 12050, description: 'minor units (fen, cents); a positive integer' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amount!: number;

  @ApiProperty({ enum: SUPPORTED_CURRENCIES, example: 'CNY' })
  @IsIn(SUPPORTED_CURRENCIES)
  currency!: string;
}
