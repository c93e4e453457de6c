import { failOnFrom, SEVERITIES, type Severity } from '../rules/types.js';
import { UsageError } from './args.js';

export function parseFailOn(value: string | undefined): Severity | 'never' {
  const failOn = failOnFrom(value ?? 'high');
  if (failOn === undefined) {
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')} or never`);
  }
  return failOn;
}
