// `npm run fuzz`: the workflow reader's hostile-input properties (__tests__/hardening/
// workflow-fuzz.ts) at length. A workflow case costs about ten decoder cases (GitHub's parser
// validates every document), so a property of cost `cost` runs FUZZ_RUNS / (10 * cost) cases:
// 10,000 for small documents at FUZZ_RUNS=100000, fewer for large shapes (each test name shows
// its count; BENCHMARKS.md lists them with their times).
import { describeWorkflowProperties } from '../hardening/workflow-fuzz.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

describeWorkflowProperties(cost => Math.max(5, Math.floor(RUNS / (10 * cost))), 30 * 60_000);
