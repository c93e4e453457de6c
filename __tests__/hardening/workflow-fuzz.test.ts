// A small sample of the workflow reader's hostile-input properties, on every `npm test`
// (FUZZ_RUNS sets the sample; the full run is `npm run fuzz`).
import { describeWorkflowProperties } from './workflow-fuzz.js';

const SAMPLE = Number(process.env.FUZZ_RUNS ?? 200);

describeWorkflowProperties(cost => Math.max(5, Math.ceil(SAMPLE / Math.sqrt(cost))), 120_000);
