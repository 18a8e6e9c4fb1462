import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Clock } from '@okpay/shared';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { MerchantEntity } from './merchant.entity';
import { MerchantRecord, MerchantStatus } from './merchant.record';

export interface NewMerchant {
  readonly name: string;
  readonly category: string;
  readonly country: string;
  readonly status: MerchantStatus;
}

@Injectable()
export class MerchantDirectory {
  constructor(
    @InjectRepository(MerchantEntity) private readonly merchants: Repository<MerchantEntity>,
    private readonly clock: Clock,
  ) {}

  async create(input: NewMerchant): Promise<MerchantRecord> {
    const merchant: MerchantEntity = { id: randomUUID(), ...input, createdAt: this.clock.now() };
    await this.merchants.insert(merchant);
    return merchant;
  }

  findByName(name: string): Promise<MerchantRecord | null> {
    return this.merchants.findOneBy({ name });
  }

  list(): Promise<MerchantRecord[]> {
    return this.merchants.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  findById(id: string): Promise<MerchantRecord | null> {
    return this.merchants.findOneBy({ id });
  }

  /** Those of `ids` that exist, in one query; no order. */
  findByIds(ids: readonly string[]): Promise<MerchantRecord[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.merchants.findBy({ id: In([...ids]) });
  }
}
