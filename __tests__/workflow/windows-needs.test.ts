// Needs inference on PowerShell and cmd `run:` steps, read through the same bash translation as
// the scan rules (`windowsAsBash`): commands inside assignments count, comments and here-strings
// do not, environment variables set and read carry the app and the token, and `${{ }}`
// expressions keep their values and positions.
import { inferJobNeeds } from '../../src/workflow/needs.js';
import { windowsAsBash } from '../../src/workflow/windows-script.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import { repoFilesFromRecord } from '../../src/workflow/repo-files.js';
import type { Needs } from '../../src/workflow/types.js';

const FILE = '.github/workflows/ci.yml';

/** A one-step job on `runsOn`, the step's script indented under `run: |` (line 8 on). */
function oneStep(runsOn: string, shell: string | null, script: string): string {
  return [
    'on: push',
    'jobs:',
    '  j:',
    `    runs-on: ${runsOn}`,
    '    strategy:',
    '      matrix: { app: [shop-web] }',
    '    steps:',
    '      - run: |',
    ...script.split('\n').map(line => `          ${line}`),
    ...(shell ? [`        shell: ${shell}`] : [])
  ].join('\n');
}

function needs(text: string, files: Record<string, string> = {}): Needs {
  const workflow = parseWorkflowFile(FILE, text);
  expect(workflow.errors).toEqual([]);
  return inferJobNeeds(workflow, 'j', repoFilesFromRecord(files));
}

/** `capability@app` of every need, app `?` when it cannot be told. */
const found = (n: Needs): string[] => n.evidence.map(e => `${e.capability}@${e.app ?? '?'}`);

const pwsh = (script: string): Needs => needs(oneStep('ubuntu-latest', 'pwsh', script));
const windowsDefault = (script: string): Needs => needs(oneStep('windows-latest', null, script));
const cmd = (script: string): Needs => needs(oneStep('windows-latest', 'cmd', script));

describe('needs of PowerShell steps', () => {
  it.each([
    ['a plain command', 'fly deploy -a web', ['deploy@web']],
    ['the call operator', '& flyctl deploy -a web', ['deploy@web']],
    ['a quoted program called', '& "C:\\fly\\flyctl.exe" deploy -a web', ['deploy@web']],
    ['a backtick continuation', 'fly deploy `\n  -a web', ['deploy@web']],
    ['the command of an assignment', '$t = fly deploy -a web', ['deploy@web']],
    ['a command in parentheses', '$out = (flyctl status -a web).Trim()', ['read@web']],
    ['a command in $( )', '$out = $(flyctl status -a web)', ['read@web']],
    ['a command in a block', 'if ($LASTEXITCODE -eq 0) { fly deploy -a web }', ['deploy@web']],
    ['a line comment', '# fly deploy -a x\nWrite-Host hi', []],
    ['a block comment', '<# fly deploy -a x #>\nWrite-Host hi', []],
    ['a block comment over lines', '<#\nfly deploy -a x\n#>\nWrite-Host hi', []],
    ['a here-string', '$notes = @"\nfly deploy -a x\n"@\nWrite-Host $notes', []],
    ['a here-string written out', '@"\nfly deploy -a x\n"@ | Out-File notes.txt', []],
    ['a literal here-string', "$notes = @'\nfly deploy -a x\n'@", []],
    ['a string value', '$cmd = "fly deploy -a x"', []]
  ])('%s', (_name, script, expected) => {
    expect(found(pwsh(script))).toEqual(expected);
  });

  it('takes the app from $env:FLY_APP set before, in pwsh and on a Windows runner by default', () => {
    const script = '$env:FLY_APP = "rw-api"\nflyctl deploy --remote-only';
    expect(found(pwsh(script))).toEqual(['deploy@rw-api']);
    expect(found(windowsDefault(script))).toEqual(['deploy@rw-api']);
    expect(found(pwsh("${env:FLY_APP} = 'rw-api'\nflyctl deploy"))).toEqual(['deploy@rw-api']);
  });

  it('reads $env:NAME in arguments', () => {
    expect(found(pwsh('$env:APP = "web"\nfly deploy -a $env:APP'))).toEqual(['deploy@web']);
    expect(found(pwsh('fly deploy -a "$env:APP"'))).toEqual(['deploy@?']);
    expect(found(pwsh('${env:APP} = "web"\nfly deploy -a "${env:APP}-x"'))).toEqual([
      'deploy@web-x'
    ]);
    expect(found(pwsh('$Env:APP = "web"; fly deploy -a ${env:APP}'))).toEqual(['deploy@web']);
    // In single quotes PowerShell reads no variable.
    expect(windowsAsBash("fly deploy -a '$env:APP' ${env:B}", 'pwsh')).toBe(
      'fly deploy -a \'$env:APP\' ${B:-}""'
    );
  });

  it('carries the token set in $env:FLY_API_TOKEN to the commands after', () => {
    const n = pwsh('$env:FLY_API_TOKEN = "${{ secrets.DEPLOY_TOKEN }}"\nfly deploy -a web');
    expect(n.evidence.map(e => e.secrets)).toEqual([['DEPLOY_TOKEN']]);
  });

  it('resolves ${{ }} expressions and points at the command where it is written', () => {
    const text = oneStep(
      'ubuntu-latest',
      'pwsh',
      "<# notes\n#> Write-Host 'x' # c:\\\n  fly deploy -a ${{ format('{0}-x', matrix.app) }}"
    );
    const n = needs(text);
    expect(found(n)).toEqual(['deploy@shop-web-x']);
    const lines = text.split('\n');
    const line = lines.findIndex(l => l.includes('fly deploy'));
    expect(n.evidence[0]?.location).toMatchObject({
      line: line + 1,
      column: (lines[line] ?? '').indexOf('fly') + 1
    });
  });
});

describe('needs of cmd steps', () => {
  it.each([
    ['a plain command', 'flyctl deploy -a web', ['deploy@web']],
    ['a caret continuation', 'flyctl deploy ^\n  -a web', ['deploy@web']],
    ['call', 'call flyctl deploy -a web', ['deploy@web']],
    ['a condition', 'if "%CI%"=="true" flyctl deploy -a web', ['deploy@web']],
    ['rem', 'rem flyctl deploy -a x\necho hi', []],
    ['a :: comment', ':: flyctl deploy -a x\necho hi', []],
    ['an echoed command', 'echo flyctl deploy -a x', []]
  ])('%s', (_name, script, expected) => {
    expect(found(cmd(script))).toEqual(expected);
  });

  it('takes the app and the token from set NAME=value', () => {
    expect(found(cmd('set FLY_APP=rw-api\nflyctl deploy --remote-only'))).toEqual([
      'deploy@rw-api'
    ]);
    const n = cmd('@set FLY_API_TOKEN=${{ secrets.DEPLOY_TOKEN }}\nflyctl deploy -a web');
    expect(n.evidence.map(e => e.secrets)).toEqual([['DEPLOY_TOKEN']]);
  });

  it("keeps the quotes of ${{ }} expressions (cmd's ' is no quote outside them)", () => {
    expect(found(cmd("flyctl deploy -a ${{ format('{0}-x', matrix.app) }}"))).toEqual([
      'deploy@shop-web-x'
    ]);
  });
});
