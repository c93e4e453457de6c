// A small sample of the decoder's hostile-input properties, on every `npm test`
// (FUZZ_RUNS sets the sample; the full run is `npm run fuzz`).
import { describeDecoderProperties } from './decoder-fuzz.js';

const SAMPLE = Number(process.env.FUZZ_RUNS ?? 200);

describeDecoderProperties(cost => Math.max(10, Math.ceil(SAMPLE / Math.sqrt(cost))), 60_000);
