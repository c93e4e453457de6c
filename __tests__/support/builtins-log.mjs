// Preloaded with `NODE_OPTIONS=--import=<this file>`: when the process exits, writes the Node
// built-ins it loaded (process.moduleLoadList) to the file named by FTG_BUILTINS_LOG, one a line.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.FTG_BUILTINS_LOG;
  if (file) writeFileSync(file, process.moduleLoadList.join('\n'));
});
