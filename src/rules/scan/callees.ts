// Local reusable workflows (`uses: ./.github/workflows/x.yml`): how deep the rules follow them.
// secrets-inherit and untrusted-trigger follow them over their plain-data summaries.

/** GitHub nests reusable workflows at most four levels deep. */
export const MAX_CALL_DEPTH = 4;
