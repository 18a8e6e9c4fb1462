import { DynamicModule, Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HttpAuthGuard } from './access/http-auth.guard';
import { PrincipalAuthenticator } from './access/principal-authenticator';
import { AgentDirectory } from './agents/agent-directory.service';
import { AgentEntity } from './agents/agent.entity';
import { CustomerCredentialEntity } from './customers/customer-credential.entity';
import { RegisterCustomerUseCase } from './customers/register-customer.use-case';
import { AgentLoginUseCase } from './login/agent-login.use-case';
import { CustomerLoginUseCase } from './login/customer-login.use-case';
import { LoginAttemptRetention } from './login/login-attempt-retention.service';
import { LoginAttemptEntity } from './login/login-attempt.entity';
import { LoginThrottle } from './login/login-throttle.service';
import { PasswordHasher } from './passwords/password-hasher';
import { AccessTokenService } from './tokens/access-token.service';
import { StartVisitorSessionUseCase } from './visitors/start-visitor-session.use-case';
import { VisitorSessionEntity } from './visitors/visitor-session.entity';
import { ExchangeWidgetIdentityUseCase, WIDGET_IDENTITY_SECRET } from './widget/exchange-widget-identity.use-case';

export interface AuthModuleOptions {
  /** HMAC key for access tokens (at least 32 characters). */
  readonly tokenSecret: string;
  /** HMAC key host pages sign widget customer identities with. */
  readonly widgetIdentitySecret: string;
  /** Exports `Clock` and `APP_CONFIG`. */
  readonly platform: DynamicModule;
  /** The `WalletCoreModule` the app built: customers sign in to their wallet. */
  readonly wallet: DynamicModule;
}

@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        options.platform,
        options.wallet,
        TypeOrmModule.forFeature([AgentEntity, CustomerCredentialEntity, LoginAttemptEntity, VisitorSessionEntity]),
        // A KeyObject made once: given the string, jsonwebtoken would derive one on every sign and verify.
        JwtModule.register({ secret: createSecretKey(Buffer.from(options.tokenSecret, 'utf8')), signOptions: { algorithm: 'HS256' } }),
      ],
      providers: [
        AccessTokenService,
        AgentDirectory,
        AgentLoginUseCase,
        CustomerLoginUseCase,
        ExchangeWidgetIdentityUseCase,
        LoginAttemptRetention,
        LoginThrottle,
        PasswordHasher,
        PrincipalAuthenticator,
        RegisterCustomerUseCase,
        StartVisitorSessionUseCase,
        { provide: WIDGET_IDENTITY_SECRET, useValue: options.widgetIdentitySecret },
        { provide: APP_GUARD, useClass: HttpAuthGuard },
      ],
      exports: [
        AgentDirectory,
        AgentLoginUseCase,
        CustomerLoginUseCase,
        ExchangeWidgetIdentityUseCase,
        LoginAttemptRetention,
        PrincipalAuthenticator,
        RegisterCustomerUseCase,
        StartVisitorSessionUseCase,
      ],
    };
  }
}
