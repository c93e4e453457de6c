import { SEVERITIES, type Severity } from '../rules/types.js';
import { UsageError } from './args.js';

export function parseFailOn(value: string | undefined): Severity | 'never' {
  const v = (value ?? 'high').toLowerCase();
  if (v === 'never') return 'never';
  if (!SEVERITIES.includes(v as Severity)) {
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')} or never`);
  }
  return v as Severity;
}
