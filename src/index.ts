// Action entry point: everything lives in action/main so tests can import it without running it.
import { run } from './action/main.js';

await run();
