// `npm run fuzz`: the workflow reader's hostile-input properties (__tests__/hardening/
// workflow-fuzz.ts) at length. FUZZ_RUNS (100,000 in `npm run fuzz`) is the case count of the
// cheapest property (arbitrary text); a property whose cases cost `cost` times more runs
// FUZZ_RUNS / cost cases (each test name shows its count): GitHub's parser validates every
// document, so 100,000 YAML documents or damaged corpus files would take far more than the few
// minutes the whole fuzz run is allowed. BENCHMARKS.md lists the counts and times.
import { describeWorkflowProperties } from '../hardening/workflow-fuzz.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

describeWorkflowProperties(cost => Math.max(5, Math.floor(RUNS / cost)), 30 * 60_000);
