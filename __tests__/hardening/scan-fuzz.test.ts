// A small sample of the scan's hostile-input properties (the scrub of every token form, random
// trees of links and FIFOs), on every `npm test`; the full run is `npm run fuzz`.
import { describeScanProperties } from './scan-fuzz.js';

const SAMPLE = Number(process.env.FUZZ_RUNS ?? 200);

describeScanProperties(cost => Math.max(5, Math.ceil(SAMPLE / cost)), 120_000);
