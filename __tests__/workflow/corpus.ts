// The fixture corpus (__tests__/fixtures/corpus): small repositories written for the tests, one
// directory each, modelled on the patterns of real Fly workflows (see the README there). Each
// file keeps its repository path so each repository gets its own RepoFiles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoFilesFromRecord, type RepoFiles } from '../../src/workflow/repo-files.js';

export const CORPUS_DIR = path.resolve(process.cwd(), '__tests__/fixtures/corpus');

export interface CorpusEntry {
  /** A flat name, unique in the corpus: `<repo>__<file name>` for workflows, else the path with `_`. */
  file: string;
  /** The fixture repository (its directory name). */
  repo: string;
  /** The path inside the repository. */
  path: string;
  text: string;
}

let cache: CorpusEntry[] | undefined;

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap(d =>
      d.isDirectory()
        ? filesUnder(path.join(dir, d.name), `${prefix}${d.name}/`)
        : [`${prefix}${d.name}`]
    );
}

const flatName = (repo: string, file: string): string =>
  `${repo}__${file.replace(/^\.github\/workflows\//, '').replace(/\//g, '_')}`;

export function corpusEntries(): CorpusEntry[] {
  cache ??= readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter(d => d.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap(({ name: repo }) =>
      filesUnder(path.join(CORPUS_DIR, repo)).map(file => ({
        file: flatName(repo, file),
        repo,
        path: file,
        text: readFileSync(path.join(CORPUS_DIR, repo, file), 'utf8')
      }))
    );
  return cache;
}

export function corpusWorkflows(): CorpusEntry[] {
  return corpusEntries().filter(
    e => /\.ya?ml$/.test(e.path) && /^\.github\/workflows\/[^/]+$/.test(e.path)
  );
}

/** Every corpus file of one repository, at its repository path. */
export function repoFilesFor(repo: string): RepoFiles {
  const files: Record<string, string> = {};
  for (const e of corpusEntries()) if (e.repo === repo) files[e.path] = e.text;
  return repoFilesFromRecord(files);
}

export function corpusFile(file: string): CorpusEntry {
  const found = corpusEntries().find(e => e.file === file);
  if (!found) throw new Error(`no corpus file ${file}`);
  return found;
}
