// Messages that quote a line of the repository cut it short; the cut came before the scrub, and
// a token cut in two is no longer recognisable as one. Each of the three forms the scrub learnt
// last (`fo1_` glued, legacy after `%3D`, base64 of `fo1_`) in a quoted line longer than the cut.
import { parseIgnoreFile } from '../../src/rules/scan/ignore.js';
import { createScrub, quotable } from '../../src/token/scrub.js';
import { vector } from '../support/vectors.js';
import { leakedWindow } from './token-forms.js';
import { scan, workflow } from './support.js';

const OAUTH = vector('oauth_fo1_token').token;
const LEGACY = vector('legacy_personal_token').token;
const base64 = (text: string): string => Buffer.from(text).toString('base64');
const SECRETS = [OAUTH.slice(4), LEGACY, base64(OAUTH).slice(4, -4)];
const FORMS: Record<string, string> = {
  'fo1_ glued to a letter': `X${OAUTH}`,
  'fo1_ glued to a digit': `7${OAUTH}`,
  'a legacy token after %3D': `token%3D${LEGACY}`,
  'base64 of an fo1_ token': base64(OAUTH)
};
/** The scrub every output passes, as the action builds it before any secret is known. */
const outgoing = createScrub([]);

describe.each(Object.entries(FORMS))('%s', (_name, form) => {
  it('workflow-env-exposure quotes the step without it', () => {
    const text = `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}\n    steps:\n      - run: node deploy.js --key ${form} --more\n      - run: flyctl deploy\n`;
    const [finding] = scan(workflow(text)).filter(f => f.rule === 'workflow-env-exposure');
    expect(finding?.message).toMatch(/runs `node deploy\.js --key \S*\[redacted\] --more`/);
    expect(leakedWindow(outgoing(finding?.message ?? ''), SECRETS)).toBeUndefined();
  });

  it("the ignore file's note quotes the bad rule id without it", () => {
    const { problems } = parseIgnoreFile(`docs/** ${form}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not a rule id: `\S*\[redacted\]`/);
    expect(leakedWindow(outgoing(problems.join('\n')), SECRETS)).toBeUndefined();
  });

  it('quotable cuts the token before it cuts the text', () => {
    const quoted = quotable(`node deploy.js --key ${form} and then some more words`, 50);
    expect(quoted.length).toBeLessThanOrEqual(50);
    expect(quoted).toContain('[redacted]');
    expect(leakedWindow(quoted, SECRETS)).toBeUndefined();
  });
});

it('quotable leaves short text alone and cuts long text with ...', () => {
  expect(quotable('npm ci', 60)).toBe('npm ci');
  expect(quotable('a'.repeat(61), 60)).toBe(`${'a'.repeat(57)}...`);
  expect(quotable('a'.repeat(60), 60)).toBe('a'.repeat(60));
});
