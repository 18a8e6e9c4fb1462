import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@okpay/auth';
import { Locale } from '@okpay/contracts';
import type { FastifyReply } from 'fastify';
import { DEMO_CUSTOMERS } from '../seed/demo-data';
import { DemoWidgetIdentity } from '../seed/demo-widget-identity';
import { DEMO_SITE_CSS, renderDemoPage } from './demo-page';
import { PAGE_SECURITY_HEADERS } from './page-security';

const DEMO_CUSTOMER_NAME = DEMO_CUSTOMERS.chen.name;

/** The demo host page; registered only outside production (see `ApiModule`), so production answers 404. */
@ApiExcludeController()
@Public()
@Controller()
export class DemoPagesController {
  constructor(private readonly demoIdentity: DemoWidgetIdentity) {}

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
}
