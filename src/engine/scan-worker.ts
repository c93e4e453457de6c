// Worker thread entry of the scan (bundled as dist/scan-worker/index.js): digests the workflows
// the main thread sends it. See scan-parallel.ts.
import { digestWorkflowTask } from './scan-digest.js';
import { serveBatches } from './worker-serve.js';

serveBatches(digestWorkflowTask);
