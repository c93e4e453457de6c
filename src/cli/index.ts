// CLI entry point. No top-level await: the bundle is CommonJS (scripts/package.mjs says why).
import { main } from './main.js';

void main(process.argv.slice(2)).then(code => {
  process.exitCode = code;
});
