import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CustomerDirectory } from './customers/customer-directory.service';
import { CustomerEntity } from './customers/customer.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CustomerEntity])],
  providers: [CustomerDirectory],
  exports: [CustomerDirectory],
})
export class WalletCoreModule {}
