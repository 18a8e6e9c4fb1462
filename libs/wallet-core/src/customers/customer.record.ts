import { Locale } from '@okpay/contracts';
import { KycTier } from '../pricing';

/** A wallet customer: the person whose money, transactions and verification support is about. */
export interface CustomerRecord {
  readonly id: string;
  /** Stored lower-case; unique. */
  readonly email: string;
  readonly name: string;
  readonly locale: Locale;
  /** E.164. */
  readonly phone: string | null;
  readonly kycTier: KycTier;
  readonly twoFactorEnabled: boolean;
  /** A frozen account can neither pay nor send; support explains why. */
  readonly frozenAt: Date | null;
  readonly frozenReason: string | null;
  /** Wrong passwords in a row; reset by a successful login. */
  readonly failedLoginCount: number;
  /** Until when sign-in from an address the customer never signed in from is paused (see LOGIN_PAUSE_POLICY). */
  readonly lockedUntil: Date | null;
  readonly createdAt: Date;
}
