import { ArgumentMetadata } from '@nestjs/common';
import { RequestValidationError } from '@okpay/shared';
import { createValidationPipe } from '../http/validation';
import { TicketListQuery, TicketSearchQuery } from './ticket.dto';
import { TransactionListQuery } from './wallet.dto';

/** Page queries as the API's own validation pipe reads them from a query string. */
describe('page queries', () => {
  const pipe = createValidationPipe();
  const asQuery = (metatype: ArgumentMetadata['metatype'], query: Record<string, string>) => pipe.transform(query, { type: 'query', metatype });

  it("take the length asked for, or the list's own default", async () => {
    expect((await asQuery(TicketListQuery, { limit: '7', cursor: 'abc' })) as TicketListQuery).toMatchObject({ pageSize: 7, cursor: 'abc' });
    expect(((await asQuery(TicketListQuery, {})) as TicketListQuery).pageSize).toBe(25);
    expect(((await asQuery(TransactionListQuery, {})) as TransactionListQuery).pageSize).toBe(20);
  });

  it.each([['0'], ['101'], ['2.5'], ['many']])('refuse a length of %s, naming the field', async (limit) => {
    const refusal = asQuery(TransactionListQuery, { limit });
    await expect(refusal).rejects.toThrow(RequestValidationError);
    await expect(refusal).rejects.toMatchObject({ fieldProblems: expect.arrayContaining([expect.objectContaining({ field: 'limit' })]) });
  });

  it('let the ticket search take a cursor but no length', async () => {
    expect(await asQuery(TicketSearchQuery, { q: '退款', cursor: 'abc' })).toMatchObject({ q: '退款', cursor: 'abc' });
    await expect(asQuery(TicketSearchQuery, { q: '退款', limit: '5' })).rejects.toThrow(RequestValidationError);
  });
});
