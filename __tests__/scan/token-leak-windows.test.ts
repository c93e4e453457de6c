// token-leak in PowerShell and cmd steps: the step's dialect (`shell:`, `defaults.run.shell`, a
// Windows runner) picks the reader; a bash reading of PowerShell is never made.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findCmdLeaks, findPwshLeaks } from '../../src/rules/scan/leaks-windows.js';
import type { ScriptTokens } from '../../src/rules/scan/leaks.js';
import type { Finding } from '../../src/rules/types.js';
import { columnOf, lineOf, scan, workflow } from './support.js';

const TOKENS: ScriptTokens = {
  variables: new Set(['FLY_API_TOKEN']),
  isFlyExpression: inner => /secrets\.FLY_API_TOKEN/.test(inner)
};

/** Each leak as `what`, with the text it points at. */
const pwsh = (script: string): Array<[string, string]> =>
  findPwshLeaks(script, TOKENS).map(l => [l.what, script.slice(l.start, l.end)]);
const cmd = (script: string): Array<[string, string]> =>
  findCmdLeaks(script, TOKENS).map(l => [l.what, script.slice(l.start, l.end)]);

describe('the PowerShell reader', () => {
  const printed: string[] = [
    'Write-Output "token is $env:FLY_API_TOKEN"',
    'Write-Host $env:FLY_API_TOKEN',
    'echo $env:fly_api_token',
    'Write-Information -MessageData "$env:FLY_API_TOKEN" -InformationAction Continue',
    '"token: $env:FLY_API_TOKEN"',
    '$env:FLY_API_TOKEN',
    '"${{ secrets.FLY_API_TOKEN }}"',
    '$env:FLY_API_TOKEN | Write-Output',
    'Write-Host "${env:FLY_API_TOKEN}" | Out-Null',
    '$t = $env:FLY_API_TOKEN\nWrite-Output "t=$t"',
    'if ($true) { Write-Output $env:FLY_API_TOKEN }'
  ];
  it.each(printed)('reports `%s` as printed to the log', script => {
    const leaks = pwsh(script);
    expect(leaks).toHaveLength(1);
    expect(leaks[0]?.[0]).toMatch(/^prints the Fly token to the log/);
    expect(leaks[0]?.[1]).toMatch(/FLY_API_TOKEN|fly_api_token|^\$t$/);
  });

  const written: Array<[string, RegExp]> = [
    ['Set-Content -Path token.txt -Value $env:FLY_API_TOKEN', /file `token.txt`/],
    ['Set-Content token.txt $env:FLY_API_TOKEN', /file `token.txt`/],
    ['Add-Content -Path $env:GITHUB_ENV -Value "T=$env:FLY_API_TOKEN"', /`\$GITHUB_ENV`/],
    ['Out-File -FilePath creds -InputObject $env:FLY_API_TOKEN', /file `creds`/],
    ['Write-Output $env:FLY_API_TOKEN > out/token.txt', /file `out\/token.txt`/],
    ['"T=$env:FLY_API_TOKEN" >> $env:GITHUB_OUTPUT', /`\$GITHUB_OUTPUT`/],
    ['$env:FLY_API_TOKEN | Set-Content token.txt', /file `token.txt`/],
    ['echo "$env:FLY_API_TOKEN" | Out-File -Append $env:GITHUB_STEP_SUMMARY', /job summary/],
    ['$env:FLY_API_TOKEN | Tee-Object -FilePath t.txt', /file `t.txt`/],
    ['$env:FLY_API_TOKEN |\n  Set-Content token.txt', /file `token.txt`/],
    ['Write-Output $env:FLY_API_TOKEN `\n  > token.txt', /file `token.txt`/],
    ['Write-Output $env:FLY_API_TOKEN `\r\n  >> token.txt', /file `token.txt`/]
  ];
  it.each(written)('reports `%s` as written where it outlives the step', (script, what) => {
    const leaks = pwsh(script);
    expect(leaks).toHaveLength(1);
    expect(leaks[0]?.[0]).toMatch(what);
  });

  it('reports a build argument and `::set-output` as bash does', () => {
    expect(pwsh('docker build --build-arg "T=$env:FLY_API_TOKEN" .')[0]?.[0]).toMatch(
      /build argument/
    );
    expect(pwsh('Write-Output "::set-output name=t::$env:FLY_API_TOKEN"')[0]?.[0]).toMatch(
      /step output/
    );
  });

  const safe: string[] = [
    'flyctl deploy --remote-only',
    'flyctl deploy --access-token $env:FLY_API_TOKEN',
    '& flyctl deploy -t "$env:FLY_API_TOKEN"',
    '$env:FLY_API_TOKEN | docker login registry.fly.io -u x --password-stdin',
    "Write-Output '$env:FLY_API_TOKEN'",
    'Write-Output "`$env:FLY_API_TOKEN"',
    '# Write-Output $env:FLY_API_TOKEN',
    'Write-Output "::add-mask::$env:FLY_API_TOKEN"',
    'Write-Output $env:FLY_API_TOKEN > $null',
    'Write-Output $env:FLY_API_TOKEN | Out-Null',
    'Write-Output $env:FLY_API_TOKEN.Length',
    'Write-Host "token set: $($env:FLY_API_TOKEN -ne $null)"',
    "if (-not $env:FLY_API_TOKEN) { Write-Error 'FLY_API_TOKEN is missing'; exit 1 }",
    "$env:FLY_API_TOKEN -eq ''",
    '$t = $env:FLY_API_TOKEN',
    'Write-Output $env:OTHER_TOKEN'
  ];
  it.each(safe)('leaves `%s` alone', script => {
    expect(pwsh(script)).toEqual([]);
  });
});

describe('the cmd reader', () => {
  it.each([
    ['echo %FLY_API_TOKEN%', /prints the Fly token/, '%FLY_API_TOKEN%'],
    ['@echo token=%fly_api_token%', /prints the Fly token/, '%fly_api_token%'],
    ['echo %FLY_API_TOKEN% > token.txt', /file `token.txt`/, '%FLY_API_TOKEN%'],
    ['echo T=%FLY_API_TOKEN%>>%GITHUB_ENV%', /`\$GITHUB_ENV`/, '%FLY_API_TOKEN%'],
    ['set T=%FLY_API_TOKEN%\necho !T!', /prints the Fly token/, '!T!'],
    ['echo ${{ secrets.FLY_API_TOKEN }}', /prints the Fly token/, '${{ secrets.FLY_API_TOKEN }}']
  ])('reports `%s`', (script, what, carrier) => {
    const leaks = cmd(script);
    expect(leaks).toHaveLength(1);
    expect(leaks[0]?.[0]).toMatch(what);
    expect(leaks[0]?.[1]).toBe(carrier);
  });

  it.each([
    'flyctl deploy --access-token %FLY_API_TOKEN%',
    'echo %FLY_API_TOKEN%>nul',
    'echo %FLY_API_TOKEN%| docker login registry.fly.io -u x --password-stdin',
    'rem echo %FLY_API_TOKEN%',
    'echo ::add-mask::%FLY_API_TOKEN%',
    'echo %OTHER%'
  ])('leaves `%s` alone', script => {
    expect(cmd(script)).toEqual([]);
  });
});

/** A workflow with one step holding the token in its env, on `runsOn`, with `shell`. */
function windowsWorkflow(script: string, runsOn: string, shell: string | null): string {
  const body = script
    .split('\n')
    .map(line => `          ${line}`)
    .join('\n');
  return `on: push
jobs:
  deploy:
    runs-on: ${runsOn}
    steps:
      - env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
${shell === null ? '' : `        shell: ${shell}\n`}        run: |
${body}
`;
}

const leaksOf = (text: string): Finding[] =>
  scan(workflow(text)).filter(f => f.rule === 'token-leak');

describe('token-leak picks the reader from the step’s dialect', () => {
  const script =
    'Write-Output "token is $env:FLY_API_TOKEN"\nSet-Content -Path token.txt -Value $env:FLY_API_TOKEN';

  it('reads a `shell: pwsh` step as PowerShell, at the token’s line and column', () => {
    const text = windowsWorkflow(script, 'windows-latest', 'pwsh');
    const found = leaksOf(text);
    expect(found.map(f => [f.severity, f.location?.line, f.location?.column])).toEqual([
      ['high', lineOf(text, 'Write-Output'), columnOf(text, '$env:FLY_API_TOKEN"')],
      ['high', lineOf(text, 'Set-Content'), columnOf(text, 'Value $env:') + 'Value '.length]
    ]);
    expect(found[0]?.message).toMatch(/^This step prints the Fly token to the log/);
    expect(found[1]?.message).toMatch(/writes the Fly token to the file `token.txt`/);
    // The same fix as the bash forms.
    const bash = leaksOf(
      windowsWorkflow('echo "token is $FLY_API_TOKEN"', 'ubuntu-latest', null)
    )[0];
    expect(found[0]?.fix).toEqual(bash?.fix);
  });

  it('reads a Windows runner’s step without `shell:` as PowerShell', () => {
    expect(leaksOf(windowsWorkflow(script, 'windows-2022', null))).toHaveLength(2);
  });

  it('takes the dialect from `defaults.run.shell`', () => {
    const text = windowsWorkflow(script, 'ubuntu-latest', null).replace(
      '    steps:',
      '    defaults:\n      run:\n        shell: pwsh\n    steps:'
    );
    expect(leaksOf(text)).toHaveLength(2);
  });

  it('reads a `shell: cmd` step as cmd', () => {
    const text = windowsWorkflow('echo %FLY_API_TOKEN% > token.txt', 'windows-latest', 'cmd');
    const found = leaksOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/file `token.txt`/);
    expect(found[0]?.location?.column).toBe(columnOf(text, '%FLY_API_TOKEN%'));
  });

  it('no longer reads PowerShell as bash', () => {
    // As bash, `echo $FLY_API_TOKEN` prints the token; in PowerShell `$FLY_API_TOKEN` is an unset
    // local variable, not the environment variable.
    expect(leaksOf(windowsWorkflow('echo $FLY_API_TOKEN', 'windows-latest', 'pwsh'))).toEqual([]);
    expect(leaksOf(windowsWorkflow('echo $FLY_API_TOKEN', 'ubuntu-latest', 'bash'))).toHaveLength(
      1
    );
  });

  it('leaves a script in another language unread', () => {
    const python = 'import os\nprint(os.environ["FLY_API_TOKEN"])\necho "$FLY_API_TOKEN"';
    expect(leaksOf(windowsWorkflow(python, 'ubuntu-latest', 'python {0}'))).toEqual([]);
  });
});

describe('the bundled CLI', () => {
  let dir = '';
  const text = windowsWorkflow(
    'Write-Output "token is $env:FLY_API_TOKEN"\nflyctl deploy --access-token $env:FLY_API_TOKEN',
    'windows-latest',
    'pwsh'
  );
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ftg-pwsh-'));
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(path.join(dir, '.github/workflows/deploy.yml'), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a PowerShell leak in `scan --json`', () => {
    const run = spawnSync(
      process.execPath,
      [path.resolve('dist/cli/index.js'), 'scan', dir, '--json'],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' }
      }
    );
    expect(run.stderr).toBe('');
    // The JSON report flattens a finding's location into `file`, `line`, `column`.
    type Reported = Finding & { file: string; line: number; column: number };
    const report = JSON.parse(run.stdout) as { findings: Reported[] };
    const leaks = report.findings.filter(f => f.rule === 'token-leak');
    expect(leaks.map(f => [f.file, f.line, f.column, f.severity])).toEqual([
      [
        '.github/workflows/deploy.yml',
        lineOf(text, 'Write-Output'),
        columnOf(text, '$env:FLY_API_TOKEN"'),
        'high'
      ]
    ]);
    expect(leaks[0]?.message).toMatch(/prints the Fly token to the log/);
    expect(run.status).toBe(1);
  });
});
