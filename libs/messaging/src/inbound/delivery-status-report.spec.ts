import { isDeliveryStatusReport, permanentlyFailedRecipients } from './delivery-status-report';

describe('delivery status reports', () => {
  it('are recognised by their content type', () => {
    expect(isDeliveryStatusReport(new Map([['content-type', ['multipart/report; report-type=delivery-status; boundary="b"']]]))).toBe(true);
    expect(isDeliveryStatusReport(new Map([['content-type', ['multipart/report; report-type="delivery-status"']]]))).toBe(true);
    expect(isDeliveryStatusReport(new Map([['content-type', ['multipart/mixed; boundary="b"']]]))).toBe(false);
  });

  it('name the permanently failed recipients, not the delayed ones', () => {
    const report = [
      'Reporting-MTA: dns; mx.example.com',
      '',
      'Final-Recipient: rfc822; Gone@Example.com',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1',
      '  user unknown',
      '',
      'Final-Recipient: rfc822; slow@example.com',
      'Action: delayed',
      'Status: 4.4.1',
    ].join('\r\n');
    expect(permanentlyFailedRecipients(report)).toEqual([{ address: 'gone@example.com', status: '5.1.1', diagnostic: 'smtp; 550 5.1.1 user unknown' }]);
  });
});
