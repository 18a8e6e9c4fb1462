import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MoneyDto } from './money.dto';
import { PageQuery } from './page.query';

export class CardDetailsDto {
  @ApiProperty({ example: '4111 1111 1111 1111', description: 'masked to first 6 / last 4 before anything stores it' })
  @Matches(/^\d(?:[ -]?\d){12,18}$/, { message: 'number must be 13–19 digits' })
  number!: string;

  @ApiProperty({ example: 12 })
  @IsInt()
  @Min(1)
  @Max(12)
  expiryMonth!: number;

  @ApiProperty({ example: 2029 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  expiryYear!: number;
}

export class TopUpDto {
  @ApiProperty({ type: MoneyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @ApiProperty({ enum: ['card', 'bank_transfer'] })
  @IsIn(['card', 'bank_transfer'])
  method!: 'card' | 'bank_transfer';

  @ApiPropertyOptional({ type: CardDetailsDto, description: 'card top-ups without it use the card on file' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CardDetailsDto)
  card?: CardDetailsDto;
}

export class PaymentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  merchantId!: string;

  @ApiProperty({ type: MoneyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;
}

export class TransferDto {
  @ApiProperty({ example: 'friend@example.com', description: 'the recipient’s OKPay email' })
  @IsString()
  @MaxLength(254)
  recipientEmail!: string;

  @ApiProperty({ type: MoneyDto, description: 'debited from your wallet in this currency' })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @ApiPropertyOptional({ example: 'USD', description: 'the recipient receives this currency (cross-border when it differs)' })
  @IsOptional()
  @IsString()
  toCurrency?: string;

  @ApiPropertyOptional({ description: 'send abroad (settles in business days, can be cancelled while pending)' })
  @IsOptional()
  @IsBoolean()
  crossBorder?: boolean;
}

export class RefundRequestDto {
  @ApiProperty({ format: 'uuid', description: 'the payment to refund' })
  @IsUUID()
  transactionId!: string;

  @ApiProperty({ example: 'The order never arrived' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ example: 5000, description: 'minor units; defaults to everything not yet refunded' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amount?: number;
}

export class TransactionListQuery extends PageQuery(20) {}

export class KycSubmissionDto {
  @ApiProperty({ enum: ['basic', 'full'] })
  @IsIn(['basic', 'full'])
  targetTier!: 'basic' | 'full';

  @ApiProperty({ enum: ['national_id', 'passport', 'residence_permit', 'proof_of_address'] })
  @IsIn(['national_id', 'passport', 'residence_permit', 'proof_of_address'])
  documentType!: 'national_id' | 'passport' | 'residence_permit' | 'proof_of_address';
}

export class ReviewDecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'required when rejecting; shown to the customer' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason?: string;
}

export class SettleBankTransferDto {
  @ApiProperty({ enum: ['succeeded', 'bank_rejected'] })
  @IsIn(['succeeded', 'bank_rejected'])
  outcome!: 'succeeded' | 'bank_rejected';
}

export class WalletAdjustmentDto {
  @ApiProperty({ example: -500, description: 'signed minor units: positive credits the wallet' })
  @IsInt()
  @Min(-Number.MAX_SAFE_INTEGER)
  @Max(Number.MAX_SAFE_INTEGER)
  amount!: number;

  @ApiProperty({ example: 'CNY' })
  @IsString()
  currency!: string;

  @ApiProperty({ example: 'Goodwill credit for ticket #10042' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}

export class ServiceIncidentDto {
  @ApiProperty({ enum: ['maintenance', 'incident'] })
  @IsIn(['maintenance', 'incident'])
  kind!: 'maintenance' | 'incident';

  @ApiProperty({ example: ['topups'] })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(['login', 'topups', 'payments', 'transfers', 'refunds', 'app'], { each: true })
  affects!: ('login' | 'topups' | 'payments' | 'transfers' | 'refunds' | 'app')[];

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleEn!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleZh!: string;

  @ApiProperty({ example: '2027-03-06T17:00:00Z' })
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @ApiPropertyOptional({ example: '2027-03-06T21:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  endsAt?: Date;
}
