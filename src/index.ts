// Action entry point: everything lives in action/main so tests can import it without running it.
// No top-level await: the bundle is CommonJS (scripts/package.mjs says why).
import { run } from './action/main.js';

void run();
