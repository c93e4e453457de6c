// `npm run fuzz`: the decoder's hostile-input properties (__tests__/hardening/decoder-fuzz.ts) at
// length. FUZZ_RUNS (100,000 in `npm run fuzz`) is the case count of the cheapest properties; a
// property whose cases cost `cost` times more runs FUZZ_RUNS / cost cases (shown in each test
// name), which keeps the whole fuzz run within a few minutes on two cores. BENCHMARKS.md lists the
// counts and times.
import { describeDecoderProperties } from '../hardening/decoder-fuzz.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

describeDecoderProperties(cost => Math.max(10, Math.floor(RUNS / cost)), 30 * 60_000);
