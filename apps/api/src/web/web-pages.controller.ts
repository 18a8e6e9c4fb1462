import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@okpay/auth';
import { Locale } from '@okpay/contracts';
import { DomainError } from '@okpay/shared';
import type { FastifyReply } from 'fastify';
import { DemoWidgetIdentity } from '../seed/demo-widget-identity';
import { BuiltFrontEnds } from './built-front-ends';
import { DEMO_CUSTOMERS } from '../seed/demo-data';
import { DEMO_SITE_CSS, renderDemoPage } from './demo-page';
import { PAGE_SECURITY_HEADERS, WIDGET_SCRIPT_HEADERS } from './page-security';

const DEMO_CUSTOMER_NAME = DEMO_CUSTOMERS.chen.name;

/** Paths outside /api/v1 that this controller serves (excluded from the global prefix). */
export const WEB_PAGE_PATHS = ['widget.js', 'inbox', 'demo', 'demo/site.css'] as const;

/** The built widget script, the inbox page and the demo host page. */
@ApiExcludeController()
@Public()
@Controller()
export class WebPagesController {
  constructor(
    private readonly frontEnds: BuiltFrontEnds,
    private readonly demoIdentity: DemoWidgetIdentity,
  ) {}

  @Get('widget.js')
  widget(@Res({ passthrough: true }) reply: FastifyReply): Buffer {
    reply.headers(WIDGET_SCRIPT_HEADERS);
    return this.built(this.frontEnds.widgetScript());
  }

  @Get('inbox')
  inbox(@Res({ passthrough: true }) reply: FastifyReply): Buffer {
    reply.headers({ ...PAGE_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' });
    return this.built(this.frontEnds.inboxPage());
  }

  /** `?as=customer` signs in as the demo wallet customer (an HMAC identity signed here, as a host's server would). */
  @Get('demo')
  async demo(@Query('locale') locale: string | undefined, @Query('as') as: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    reply.headers({ ...PAGE_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' });
    const pageLocale: Locale = locale === 'en' ? 'en' : 'zh-CN';
    const signed = as === 'customer' ? await this.demoIdentity.forDemoCustomer() : null;
    return renderDemoPage({ locale: pageLocale, signedIn: signed ? { name: DEMO_CUSTOMER_NAME, identity: signed.identity } : null });
  }

  @Get('demo/site.css')
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'no-cache')
  demoStyles(): string {
    return DEMO_SITE_CSS;
  }

  private built(file: Buffer | null): Buffer {
    if (!file) throw new DomainError('unavailable', 'front_ends_not_built', 'The widget and inbox are not built: run `npm run build`.');
    return file;
  }
}
