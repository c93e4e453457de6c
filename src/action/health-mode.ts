import { InputError } from './inputs.js';
import type { ModeRun } from './main.js';

export async function runHealthMode(_run: ModeRun): Promise<void> {
  throw new InputError('mode: health is not available in this build.');
}
