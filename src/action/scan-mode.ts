import { InputError } from './inputs.js';
import type { ModeRun } from './main.js';

export async function runScanMode(_run: ModeRun): Promise<void> {
  throw new InputError('mode: scan is not available in this build.');
}
