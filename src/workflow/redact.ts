// Needs carry command text from workflow files into reports. A token pasted into a workflow
// (`flyctl deploy -t FlyV1 fm2_...`) must not travel with it: the one scrub removes every Fly
// token form. The model itself keeps the raw text, so the scanner can find and decode literals.
export {
  scrubTokenForms as redactTokenLiterals,
  SCRUBBED as REDACTED_TOKEN
} from '../token/scrub.js';
