import { ExpireCallbackJobPayload, parseJobPayload, SlaAtRiskJobPayload, TriageMailJobPayload } from './job-payloads';

describe('parseJobPayload', () => {
  const id = '11111111-1111-4111-8111-111111111111';

  it('passes a payload of the right shape through', () => {
    expect(parseJobPayload(ExpireCallbackJobPayload, 'routing.expire-callback', 'job-1', { callbackId: id, attempt: 2 })).toEqual({ callbackId: id, attempt: 2 });
    expect(parseJobPayload(SlaAtRiskJobPayload, 'tickets.sla-at-risk', 'job-2', { ticketId: id, target: 'resolution', atRiskAt: '2027-01-04T02:00:00.000Z' })).toMatchObject({
      target: 'resolution',
    });
    for (const senderName of ['Li Wei', null]) {
      expect(parseJobPayload(TriageMailJobPayload, 'messaging.triage-mail', 'job-6', { emailId: id, senderName })).toEqual({ emailId: id, senderName });
    }
  });

  it('fails with invalid_job_payload naming the job and each bad field', () => {
    const attempt = () => parseJobPayload(ExpireCallbackJobPayload, 'routing.expire-callback', 'job-3', { callbackId: 'not-a-uuid', attempt: '1', extra: true });
    expect(attempt).toThrow(expect.objectContaining({ code: 'invalid_job_payload' }));
    expect(attempt).toThrow(/^Job routing\.expire-callback job-3 has a malformed payload: /);
    for (const field of [/callbackId must be a UUID/, /attempt must be an integer/, /property extra should not exist/]) expect(attempt).toThrow(field);
  });

  it('fails a payload that is not an object, and a bad instant or enum', () => {
    for (const data of [null, 'x', [id], 42]) {
      expect(() => parseJobPayload(ExpireCallbackJobPayload, 'routing.expire-callback', 'job-4', data)).toThrow(/must be an object/);
    }
    expect(() => parseJobPayload(SlaAtRiskJobPayload, 'tickets.sla-at-risk', 'job-5', { ticketId: id, target: 'never', atRiskAt: 'tomorrow' })).toThrow(/target.*atRiskAt/);
  });
});
