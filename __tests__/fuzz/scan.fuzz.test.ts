// `npm run fuzz`: the scan's hostile-input properties (__tests__/hardening/scan-fuzz.ts) at length:
// FUZZ_RUNS cases of the scrub, FUZZ_RUNS / 50 random trees of links and FIFOs.
import { describeScanProperties } from '../hardening/scan-fuzz.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

describeScanProperties(cost => Math.max(10, Math.floor(RUNS / cost)), 30 * 60_000);
