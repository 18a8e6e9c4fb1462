import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, RequestValidationError } from '@okpay/shared';

/**
 * Whitelist and refuse unknown fields everywhere; report every bad field, each with a code.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}

export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field: field || '(body)',
      code: constraintCode(constraint),
      message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

function constraintCode(constraint: string): string {
  if (constraint === 'whitelistValidation') return 'unknown_field';
  if (constraint === 'unknownValue') return 'invalid_body';
  return constraint.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
