import { UsageError } from './args.js';
import type { CommandHandler } from './main.js';

export const runScanCommand: CommandHandler = async () => {
  throw new UsageError('scan is not available in this build');
};
