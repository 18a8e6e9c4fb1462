import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@okpay/auth';
import { ServiceStatusService } from '@okpay/wallet-core';
import { toServiceIncidentView } from '../mappers/wallet.mapper';
import { ServiceStatusView, ServiceStatusViewSchema } from '@okpay/contracts';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

/** Maintenance and incidents, for the widget banner and the bot. */
@ApiTags('service-status')
@Controller('service-status')
export class ServiceStatusController {
  constructor(private readonly status: ServiceStatusService) {}

  @Get()
  @Public()
  @ApiAnswer({ summary: 'Maintenance and incidents now and coming, for the widget banner and the bot', body: ServiceStatusViewSchema })
  async current(): Promise<ServiceStatusView> {
    const { active, upcoming } = await this.status.current();
    return { active: active.map(toServiceIncidentView), upcoming: upcoming.map(toServiceIncidentView) };
  }
}
