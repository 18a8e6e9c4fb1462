import { IdempotencyKeyReusedError, SelfTransferError, WalletResourceNotFoundError } from './wallet.errors';

type NotFound = ConstructorParameters<typeof WalletResourceNotFoundError>[0];

/**
 * The coded exceptions of the wallet's statement functions (SQLSTATE class `WL`, the wallet error
 * code as the message) as the wallet's domain errors; anything else as it came.
 */
export function rethrowWalletStatementError(error: { code?: string; message?: string }): never {
  if (error.code === 'WL409') throw new IdempotencyKeyReusedError();
  if (error.code === 'WL404') throw new WalletResourceNotFoundError(error.message!.replace(/_not_found$/, '') as NotFound);
  if (error.code === 'WL422' && error.message === 'self_transfer') throw new SelfTransferError();
  throw error;
}
