// Splitting a command line into arguments as flyctl does for `--command` (google/shlex, POSIX
// style): whitespace separates, '…' is literal, "…" honours \" \\ and \$, a backslash outside
// quotes escapes the next character.

type SplitResult = { ok: true; args: string[] } | { ok: false; message: string };

export function splitCommandLine(line: string): SplitResult {
  const args: string[] = [];
  let current = '';
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else current += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1] as string)) {
        current += line[++i] as string;
      } else current += ch;
    } else if (/\s/.test(ch)) {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\') {
      if (i + 1 >= line.length) return { ok: false, message: 'ends with a lone backslash' };
      current += line[++i] as string;
      inWord = true;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote !== null)
    return { ok: false, message: `has an unclosed ${quote === "'" ? 'single' : 'double'} quote` };
  if (inWord) args.push(current);
  if (args.length === 0) return { ok: false, message: 'is empty' };
  return { ok: true, args };
}
