import { InvalidConfigError } from './invalid-config.error';
import { loadConfig } from './load-config';

describe('loadConfig', () => {
  it('uses the contract defaults for an empty environment', () => {
    const config = loadConfig({}, '/srv/okpay');
    expect(config).toMatchObject({
      port: 3000,
      dataDir: '/srv/okpay/.data',
      smtpIngestPort: 2525,
      supportAddress: 'support@okpay.test',
      riskRules: true,
      databaseUrl: undefined,
      smtpUrl: undefined,
      clockStart: undefined,
      seedDemoData: true,
    });
  });

  it('reads every contract variable', () => {
    const config = loadConfig({
      PORT: '8080',
      DATA_DIR: '/var/lib/okpay',
      DATABASE_URL: 'postgres://u:p@db:5432/okpay',
      SMTP_INGEST_PORT: '0',
      SUPPORT_ADDRESS: 'Help@OKPay.example',
      SMTP_URL: 'smtp://relay:587',
      CLOCK_START: '2027-01-08T17:59:00+08:00',
      RISK_RULES: 'off',
    });
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/var/lib/okpay',
      databaseUrl: 'postgres://u:p@db:5432/okpay',
      smtpIngestPort: 0,
      supportAddress: 'help@okpay.example',
      smtpUrl: 'smtp://relay:587',
      riskRules: false,
    });
    expect(config.clockStart?.toISOString()).toBe('2027-01-08T09:59:00.000Z');
  });

  it('takes an empty or blank value as unset, and trims the others', () => {
    expect(loadConfig({ PORT: '', HOST: '  ', SUPPORT_HOTLINE: ' 400-123-4567 ' })).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      supportHotline: '400-123-4567',
    });
  });

  it('picks the defaults that depend on NODE_ENV: quiet logs in tests, no demo data in production', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn' }).logLevel).toBe('warn');
    expect(loadConfig({ NODE_ENV: 'development' }).seedDemoData).toBe(true);
    expect(loadConfig({ SMTP_INGEST_PORT: '0', HOST: '0.0.0.0' }).smtpIngestHost).toBe('0.0.0.0');
  });

  it('links emails to the app on its own port unless PUBLIC_URL says otherwise', () => {
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PUBLIC_URL: 'https://support.okpay.example/' }).publicUrl).toBe('https://support.okpay.example');
  });

  it('reports every bad variable at once, by name', () => {
    const attempt = () =>
      loadConfig({ PORT: 'abc', RISK_RULES: 'maybe', SMTP_INGEST_PORT: '70000', CLOCK_START: 'friday', DATABASE_URL: 'mysql://x' });
    expect(attempt).toThrow(InvalidConfigError);
    try {
      attempt();
    } catch (error) {
      const variables = (error as InvalidConfigError).problems.map((p) => p.variable);
      expect(variables.sort()).toEqual(['CLOCK_START', 'DATABASE_URL', 'PORT', 'RISK_RULES', 'SMTP_INGEST_PORT']);
      expect((error as Error).message).toMatch(/PORT: must be a whole number from 0 to 65535 \(got "abc"\)/);
      expect((error as Error).message).toMatch(/RISK_RULES: must be one of on, off \(got "maybe"\)/);
    }
  });

  it('reads rate limits from RATE_LIMITS over the defaults, and stops on a bad entry by name', () => {
    expect(loadConfig({ RATE_LIMITS: 'bot_message.identity=5/60' }).rateLimits['bot_message.identity']).toEqual({ max: 5, windowSeconds: 60 });
    expect(loadConfig({}).rateLimits['callback_request.phone']).toEqual({ max: 3, windowSeconds: 86400 });
    expect(() => loadConfig({ RATE_LIMITS: 'bot_message.identity=lots' })).toThrow(/RATE_LIMITS/);
  });

  it('never echoes a database URL, which may carry a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:hunter2@db/x' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });

  it('refuses a clock start and demands a token secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', CLOCK_START: '2027-01-01T00:00:00Z' })).toThrow(
      expect.objectContaining({ problems: expect.arrayContaining([expect.objectContaining({ variable: 'CLOCK_START' })]) }),
    );
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_TOKEN_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: 'x'.repeat(32) })).toThrow(/WIDGET_IDENTITY_SECRET/);
    const production = loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: 'x'.repeat(32), WIDGET_IDENTITY_SECRET: 'y'.repeat(32) });
    expect(production.seedDemoData).toBe(false);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: 'x'.repeat(32), WIDGET_IDENTITY_SECRET: 'y'.repeat(32), SEED_DEMO_DATA: 'on' }),
    ).toThrow(/SEED_DEMO_DATA/);
  });

  it('refuses a short token secret without printing it, once', () => {
    expect(() => loadConfig({ AUTH_TOKEN_SECRET: 'short-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('short-secret') }),
    );
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: 'short-secret', WIDGET_IDENTITY_SECRET: 'y'.repeat(32) })).toThrow(
      expect.objectContaining({ problems: [{ variable: 'AUTH_TOKEN_SECRET', message: 'must be at least 32 characters' }] }),
    );
  });
});
