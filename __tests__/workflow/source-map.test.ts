// Value offsets of YAML scalars map back to the file: every scalar style, CRLF files, escapes.
// Each case finds a marker in the parsed value and checks the file text at the mapped position.
import { locateInValue, parseWorkflowFile } from '../../src/workflow/parse-workflow.js';

function runOf(text: string) {
  const workflow = parseWorkflowFile('w.yml', text);
  const run = workflow.jobs[0]?.steps[0]?.run;
  if (!run) throw new Error('no run step');
  return run;
}

/** The file text at the position the marker's first character maps to. */
function fileTextAtMarker(text: string, marker: string): string {
  const run = runOf(text);
  const offset = run.text.indexOf(marker);
  expect(offset).toBeGreaterThanOrEqual(0);
  const loc = locateInValue('w.yml', run.map, offset, offset + marker.length);
  const line = text.split(/\r?\n/)[loc.line - 1] ?? '';
  return line.slice(loc.column - 1);
}

const head = 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n';

describe('scalar source maps', () => {
  it('literal blocks', () => {
    const text = `${head}      - run: |\n          echo one\n            indented MARK\n          last\n`;
    expect(fileTextAtMarker(text, 'MARK')).toBe('MARK');
    expect(fileTextAtMarker(text, 'last')).toBe('last');
  });

  it('literal blocks with an indentation indicator and keep chomping', () => {
    const text = `${head}      - run: |+2\n            two extra MARK\n\n`;
    expect(runOf(text).text.startsWith('  two extra')).toBe(true);
    expect(fileTextAtMarker(text, 'MARK')).toBe('MARK');
  });

  it('folded blocks', () => {
    const text = `${head}      - run: >-\n          flyctl deploy\n          --app MARK\n\n          second para\n`;
    expect(runOf(text).text).toBe('flyctl deploy --app MARK\nsecond para');
    expect(fileTextAtMarker(text, 'MARK')).toBe('MARK');
    expect(fileTextAtMarker(text, 'second')).toBe('second para');
  });

  it('multi-line plain scalars, including a split ${{ }}', () => {
    const text = `${head}      - run:\n          flyctl deploy --build-arg A=\${{\n          secrets.MARK }} --app web\n`;
    expect(runOf(text).text).toBe('flyctl deploy --build-arg A=${{ secrets.MARK }} --app web');
    expect(fileTextAtMarker(text, 'secrets.MARK')).toBe('secrets.MARK }} --app web');
    expect(fileTextAtMarker(text, '--app')).toBe('--app web');
  });

  it('double-quoted scalars with escapes and folding', () => {
    const text = `${head}      - run: "echo \\"q\\" \\u00e9 \\\n          joined MARK"\n`;
    expect(runOf(text).text).toBe('echo "q" é joined MARK');
    expect(fileTextAtMarker(text, 'MARK')).toBe('MARK"');
    expect(fileTextAtMarker(text, 'é')).toBe('\\u00e9 \\');
  });

  it("single-quoted scalars with ''", () => {
    const text = `${head}      - run: 'it''s MARK'\n`;
    expect(runOf(text).text).toBe("it's MARK");
    expect(fileTextAtMarker(text, 'MARK')).toBe("MARK'");
  });

  it('CRLF files', () => {
    const text =
      `${head}      - run: |\n          echo one\n          fly deploy -a MARK\n`.replace(
        /\n/g,
        '\r\n'
      );
    expect(runOf(text).text).toBe('echo one\nfly deploy -a MARK\n');
    expect(fileTextAtMarker(text, 'MARK')).toBe('MARK');
  });

  it('4-space indentation and tabs inside the script', () => {
    const text = `on: push\njobs:\n    a:\n        runs-on: x\n        steps:\n            -   run: |\n                    echo\t"tab" MARK\n`;
    expect(fileTextAtMarker(text, 'MARK')).toBe('MARK');
  });
});
