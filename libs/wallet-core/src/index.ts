export { CustomerDirectory, NewCustomer } from './customers/customer-directory.service';
export { CustomerEntity } from './customers/customer.entity';
export { EmailAlreadyRegisteredError } from './customers/customer.errors';
export { WalletCoreModule } from './wallet-core.module';
