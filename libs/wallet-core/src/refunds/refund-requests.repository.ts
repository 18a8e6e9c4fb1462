import { EntityManager } from 'typeorm';

/** Minor units of the payment already asked back in refunds that were not rejected. */
export async function claimedRefundAmount(manager: EntityManager, paymentId: string): Promise<number> {
  const [{ claimed }] = await manager.query(
    `SELECT coalesce(sum(amount), 0)::text AS claimed FROM refund_requests WHERE payment_id = $1 AND status <> 'rejected'`,
    [paymentId],
  );
  return Number(claimed);
}
