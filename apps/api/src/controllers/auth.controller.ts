import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AgentLoginUseCase, CustomerLoginUseCase, Public, RegisterCustomerUseCase } from '@okpay/auth';
import { AgentLoginResponse, AgentLoginResponseSchema, CustomerAuthResponse, CustomerAuthResponseSchema } from '@okpay/contracts';
import { LoginDto, RegisterCustomerDto } from '../dto/auth.dto';
import { toE164 } from '../dto/phone-number.validator';
import { RateLimit } from '../limits/rate-limit.decorator';
import { toAgentView, toCustomerView } from '../mappers/identity.mapper';
import { ApiAnswer } from '../http/openapi/api-answer.decorator';

@ApiTags('auth')
@Controller('auth')
@Public()
export class AuthController {
  constructor(
    private readonly agentLogin: AgentLoginUseCase,
    private readonly customerLogin: CustomerLoginUseCase,
    private readonly registerCustomer: RegisterCustomerUseCase,
  ) {}

  @Post('agents/login')
  @HttpCode(200)
  @ApiAnswer({ summary: 'Sign an agent in: a bearer token for the inbox and the agent API', body: AgentLoginResponseSchema })
  async loginAgent(@Body() body: LoginDto, @Ip() clientIp: string): Promise<AgentLoginResponse> {
    const { token, agent } = await this.agentLogin.execute({ ...body, clientIp });
    return { token, agent: toAgentView(agent) };
  }

  @Post('customers/register')
  @RateLimit('customer_register')
  @ApiAnswer({ summary: 'Register a wallet customer and sign them in', body: CustomerAuthResponseSchema, errors: [409] })
  async register(@Body() body: RegisterCustomerDto): Promise<CustomerAuthResponse> {
    const { token, customer } = await this.registerCustomer.execute({
      ...body,
      phone: body.phone === undefined ? undefined : toE164(body.phone),
    });
    return { token, customer: toCustomerView(customer) };
  }

  @Post('customers/login')
  @HttpCode(200)
  @ApiAnswer({ summary: 'Sign a wallet customer in', body: CustomerAuthResponseSchema })
  async loginCustomer(@Body() body: LoginDto, @Ip() clientIp: string): Promise<CustomerAuthResponse> {
    const { token, customer } = await this.customerLogin.execute({ ...body, clientIp });
    return { token, customer: toCustomerView(customer) };
  }
}
