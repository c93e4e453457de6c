// token-leak: a Fly token written to disk (`>`, `>>`, `tee`, `printf ... > file`, a heredoc into
// ~/.fly/config.yml), in workflows and in composite actions whose input carries the token.
import { lineOf, scan, workflow } from './support.js';

/** One deploy job whose second step runs `script` with the token in its env. */
function deployWith(script: string): string {
  const body = script
    .split('\n')
    .map(l => `          ${l}`)
    .join('\n');
  return `on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: |
${body}
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
}

const leaks = (files: Record<string, string>) => scan(files).filter(f => f.rule === 'token-leak');

describe('written to a file', () => {
  test.each([
    ['echo "$FLY_API_TOKEN" > ~/.fly/config', '~/.fly/config'],
    [
      'mkdir -p ~/.fly && echo "access_token: $FLY_API_TOKEN" > ~/.fly/config.yml',
      '~/.fly/config.yml'
    ],
    ['echo "FLY_API_TOKEN=$FLY_API_TOKEN" >> .env.production', '.env.production'],
    ['printf \'%s\' "$FLY_API_TOKEN" > "$RUNNER_TEMP/fly-token"', '$RUNNER_TEMP/fly-token'],
    ['printf "token=%s\\n" "${{ secrets.FLY_API_TOKEN }}" >> deploy.env', 'deploy.env'],
    ['echo "$FLY_API_TOKEN" | tee token.txt', 'token.txt'],
    ['tee -a secrets.env <<< "FLY_API_TOKEN=$FLY_API_TOKEN"', 'secrets.env'],
    ['cat > ~/.fly/config.yml <<EOF\naccess_token: $FLY_API_TOKEN\nEOF', '~/.fly/config.yml'],
    ['TOKEN="$FLY_API_TOKEN"\necho "$TOKEN" > .fly-token', '.fly-token']
  ])('%s', (script, file) => {
    const text = deployWith(script);
    const found = leaks(workflow(text));
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('high');
    expect(found[0]?.message).toContain(`writes the Fly token to the file \`${file}\``);
    const firstLine = script.split('\n')[0] ?? '';
    expect(found[0]?.location?.line).toBeGreaterThanOrEqual(lineOf(text, firstLine));
  });

  test('a later artifact upload is named: the file travels further', () => {
    const text = deployWith('echo "$FLY_API_TOKEN" > fly-token').replace(
      'env:\n          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n',
      'env:\n          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n'
    );
    expect(leaks(workflow(text))[0]?.message).toContain(
      'a later step of this job uploads artifacts'
    );
  });
});

describe('not written anywhere', () => {
  test.each([
    ['flyctl deploy --remote-only > deploy.log'],
    ['echo "$FLY_API_TOKEN" > /dev/null'],
    ['echo "$FLY_API_TOKEN" | flyctl auth docker'],
    ['echo "token set: ${FLY_API_TOKEN:+yes}" >> "$GITHUB_STEP_SUMMARY"'],
    ['echo "deploying $GITHUB_SHA" > release.txt && flyctl deploy']
  ])('%s', script => {
    expect(leaks(workflow(deployWith(script)))).toEqual([]);
  });
});

describe('in a composite action', () => {
  const ACTION = `name: Deploy to Fly
inputs:
  token:
    description: Fly API token
    required: true
runs:
  using: composite
  steps:
    - shell: bash
      run: |
        mkdir -p ~/.fly
        echo "access_token: \${{ inputs.token }}" > ~/.fly/config.yml
    - shell: bash
      run: flyctl deploy --remote-only
      env:
        FLY_API_TOKEN: \${{ inputs.token }}
`;
  const CALLER = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: ./.github/actions/fly-deploy
        with:
          token: \${{ secrets.FLY_API_TOKEN }}
`;

  test('an input the action hands to flyctl as FLY_API_TOKEN is a Fly token', () => {
    const found = leaks({
      '.github/workflows/deploy.yml': CALLER,
      '.github/actions/fly-deploy/action.yml': ACTION
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.location).toMatchObject({
      file: '.github/actions/fly-deploy/action.yml',
      line: lineOf(ACTION, 'access_token')
    });
    expect(found[0]?.message).toContain('`~/.fly/config.yml`');
  });

  test('an input that never reaches flyctl is not', () => {
    const other = ACTION.replace('FLY_API_TOKEN: ${{ inputs.token }}', 'GREETING: hello');
    expect(
      leaks({
        '.github/workflows/deploy.yml': CALLER,
        '.github/actions/fly-deploy/action.yml': other
      })
    ).toEqual([]);
  });
});
