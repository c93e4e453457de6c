// fly-auth-token, workflow-env-exposure and the agent check of untrusted-trigger read a `run:`
// step in its own dialect (its `shell:`, `defaults.run.shell`, a Windows runner's PowerShell), as
// token-leak does. Each case here was answered wrongly by a bash reading of the script: a
// PowerShell assignment `$t = fly auth token` runs the command, a here-string or a path ending
// in `\` hid the next line, a `<# #>` block comment or a cmdlet read as a program gave findings.
import { columnOf, lineOf, scan, workflow } from './support.js';
import { windowsAsBash } from '../../src/workflow/windows-script.js';

/** A one-step job on `runsOn`, the step's script indented under `run: |`. */
const oneStep = (runsOn: string, shell: string | null, script: string, env = ''): string =>
  [
    'on: push',
    'jobs:',
    '  deploy:',
    `    runs-on: ${runsOn}`,
    ...(env ? ['    env:', `      ${env}`] : []),
    '    steps:',
    '      - run: |',
    ...script.split('\n').map(line => `          ${line}`),
    ...(shell ? [`        shell: ${shell}`] : [])
  ].join('\n') + '\n';

const authTokenPlaces = (text: string): string[] =>
  scan(workflow(text))
    .filter(f => f.rule === 'fly-auth-token')
    .map(f => `${f.location?.line}:${f.location?.column}`);

/** `line:column` of the first `fly`/`flyctl` program word on the line holding `needle`. */
const placeOf = (text: string, needle: string, word: string): string =>
  `${lineOf(text, needle)}:${columnOf(text.split('\n')[lineOf(text, needle) - 1] ?? '', word) + 0}`;

describe('fly-auth-token in PowerShell and cmd steps', () => {
  const found: Array<[string, string | null, string, string, string]> = [
    // [runs-on, shell, script, the line holding the command, its program word]
    ['ubuntu-latest', 'pwsh', '$token = fly auth token', '$token = fly auth token', 'fly auth'],
    [
      'ubuntu-latest',
      'pwsh',
      '$env:FLY_API_TOKEN = (flyctl auth token).Trim()',
      '(flyctl auth token)',
      'flyctl auth'
    ],
    // The default shell of a Windows runner is PowerShell.
    [
      'windows-latest',
      null,
      "$note = @'\nit's the release\n'@\nfly auth token | Out-File t.txt",
      'fly auth token | Out-File',
      'fly auth'
    ],
    ['windows-latest', null, '$dir = "C:\\tools\\"\nfly auth token', 'fly auth token', 'fly auth'],
    [
      'windows-latest',
      'powershell',
      '& "C:\\Program Files\\flyctl\\flyctl.exe" auth token',
      'flyctl.exe',
      '"C:'
    ],
    ['windows-latest', 'cmd', "echo Don't print it & fly auth token", "Don't", 'fly auth'],
    ['windows-latest', 'cmd', 'if errorlevel 1 (\n  flyctl auth token\n)', 'flyctl auth', 'flyctl'],
    ['windows-latest', 'cmd', 'call flyctl auth ^\n  token', 'call flyctl', 'flyctl']
  ];
  it.each(found)('%s, shell %s: `%s` is found where it is', (runsOn, shell, script, line, word) => {
    const text = oneStep(runsOn, shell, script);
    expect(authTokenPlaces(text)).toEqual([placeOf(text, line, word)]);
  });

  const notFound: Array<[string, string | null, string]> = [
    ['windows-latest', null, '<#\nfly auth token\n#>\nWrite-Host "no token here"'],
    ['ubuntu-latest', 'pwsh', "Write-Output 'fly auth token'  # a message"],
    ['windows-latest', 'cmd', 'rem fly auth token\n:: fly auth token\necho done']
  ];
  it.each(notFound)('%s, shell %s: `%s` runs no `fly auth token`', (runsOn, shell, script) => {
    expect(authTokenPlaces(oneStep(runsOn, shell, script))).toEqual([]);
  });

  it('takes the dialect from `defaults.run.shell` of the workflow', () => {
    const text = `on: push
defaults:
  run:
    shell: pwsh
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: $token = flyctl auth token
`;
    expect(authTokenPlaces(text)).toEqual([placeOf(text, '$token', 'flyctl')]);
  });

  it("reads a composite action's pwsh step as PowerShell", () => {
    const action = `name: deploy
runs:
  using: composite
  steps:
    - run: $t = fly auth token
      shell: pwsh
    - run: |
        <#
        fly auth token
        #>
      shell: pwsh
`;
    const findings = scan({ 'deploy/action.yml': action }).filter(f => f.rule === 'fly-auth-token');
    expect(findings.map(f => f.location?.line)).toEqual([lineOf(action, '$t = fly')]);
  });

  it('a bash step is read as bash, on a Windows runner too', () => {
    expect(authTokenPlaces(oneStep('ubuntu-latest', 'bash', 't=$(fly auth token)'))).toHaveLength(
      1
    );
    expect(
      authTokenPlaces(oneStep('windows-latest', 'bash', '<#\nfly auth token\n#>'))
    ).toHaveLength(1);
  });
});

describe('workflow-env-exposure in PowerShell and cmd steps', () => {
  const TOKEN_ENV = 'FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}';
  /** A Windows job with the token in its env: setup-flyctl, `script`, then a deploy. */
  const job = (shell: string | null, script: string): string =>
    [
      'on: push',
      'jobs:',
      '  deploy:',
      '    runs-on: windows-latest',
      '    env:',
      `      ${TOKEN_ENV}`,
      '    steps:',
      '      - uses: superfly/flyctl-actions/setup-flyctl@master',
      '      - run: |',
      ...script.split('\n').map(line => `          ${line}`),
      ...(shell ? [`        shell: ${shell}`] : []),
      '      - run: flyctl deploy --remote-only'
    ].join('\n') + '\n';
  const exposure = (text: string) =>
    scan(workflow(text)).filter(f => f.rule === 'workflow-env-exposure');

  const inert: Array<[string | null, string]> = [
    [null, 'Write-Host "Deploying $env:GITHUB_SHA"\n$version = "1.2.3"\nSet-Location app'],
    ['pwsh', 'New-Item -ItemType Directory -Force out | Out-Null\nCopy-Item fly.toml out/'],
    [null, '<#\nnpm ci\n#>\nWrite-Output "ready"'],
    ['cmd', '@echo off\nif not exist out mkdir out\necho ready'],
    ['powershell', 'Invoke-WebRequest -Uri https://example.com/x.zip -OutFile x.zip']
  ];
  it.each(inert)('shell %s: `%s` runs no other code, nothing reported', (shell, script) => {
    expect(exposure(job(shell, script))).toEqual([]);
  });

  const code: Array<[string | null, string, string]> = [
    [null, '$out = npm ci', 'npm ci'],
    ['pwsh', 'Write-Host "build"; & ./scripts/build.ps1', './scripts/build.ps1'],
    ['cmd', 'echo build & npm run build', 'npm run build']
  ];
  it.each(code)('shell %s: `%s` runs code: reported, naming it', (shell, script, what) => {
    const [finding] = exposure(job(shell, script));
    expect(finding?.message).toContain(`runs \``);
    expect(finding?.message).toContain(what);
  });
});

describe('untrusted-trigger: an agent started from a PowerShell or cmd step', () => {
  const commentJob = (runsOn: string, shell: string | null, script: string): string =>
    [
      'on:',
      '  issue_comment:',
      '    types: [created]',
      'jobs:',
      '  answer:',
      `    runs-on: ${runsOn}`,
      '    env:',
      '      FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}',
      '    steps:',
      '      - run: |',
      ...script.split('\n').map(line => `          ${line}`),
      ...(shell ? [`        shell: ${shell}`] : [])
    ].join('\n') + '\n';
  const agentFindings = (text: string) =>
    scan(workflow(text)).filter(
      f => f.rule === 'untrusted-trigger' && f.message.includes('starts an AI agent')
    );

  it.each([
    ['windows-latest', null, '$answer = claude -p "Answer the comment"', '`claude`'],
    ['ubuntu-latest', 'pwsh', '& npx.cmd -y @openai/codex exec "triage"', '`@openai/codex`'],
    ['windows-latest', 'cmd', "echo Don't wait & claude -p triage", '`claude`']
  ])('%s, shell %s: `%s` starts an agent', (runsOn, shell, script, agent) => {
    const [finding] = agentFindings(commentJob(runsOn, shell, script));
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain(agent);
  });

  it('an agent named only inside a PowerShell block comment starts nothing', () => {
    const text = commentJob('windows-latest', null, '<#\nclaude -p "later"\n#>\nWrite-Host hi');
    expect(agentFindings(text)).toEqual([]);
  });
});

describe('windowsAsBash', () => {
  it.each([
    ['pwsh', '$t = fly auth token\n<# x #>\n"a" | Out-File f'],
    ['pwsh', "Write-Output 'it''s'; & \"C:\\x\\fly.exe\" deploy `\n  -a app"],
    ['cmd', '@echo off\r\nif "%A%"=="b" (\r\n  call fly deploy ^\r\n  -a app\r\n)']
  ] as const)('%s: keeps every offset (same length, same line ends)', (dialect, script) => {
    const bash = windowsAsBash(script, dialect);
    expect(bash).toHaveLength(script.length);
    const lineEnds = (s: string) => [...s].flatMap((c, i) => (c === '\n' ? [i] : []));
    expect(lineEnds(script).every(i => bash[i] === '\n' || bash[i] === ' ')).toBe(true);
  });
});
