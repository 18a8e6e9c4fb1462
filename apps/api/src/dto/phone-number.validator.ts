import { registerDecorator, ValidationOptions } from 'class-validator';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** An international phone number (+ and country code) that the full metadata says is valid. */
export function IsInternationalPhone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInternationalPhone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a valid phone number in international format, e.g. +8613800138000', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.trim().startsWith('+') && !!parsePhoneNumberFromString(value)?.isValid(),
      },
    });
}

/** Canonical E.164 form of a number that passed `IsInternationalPhone`. */
export function toE164(value: string): string {
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed) throw new Error('phone number was not validated');
  return parsed.number;
}
