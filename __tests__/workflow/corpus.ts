// The shared workflow corpus (../shared/corpus): files named `<owner>__<repo>__<path>`, mapped
// back to their repository paths through manifest.json so each repository gets its own RepoFiles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoFilesFromRecord, type RepoFiles } from '../../src/workflow/repo-files.js';

export const CORPUS_DIR = path.resolve(process.cwd(), '../shared/corpus');

export interface CorpusEntry {
  file: string;
  repo: string;
  path: string;
  text: string;
}

let cache: CorpusEntry[] | undefined;

export function corpusEntries(): CorpusEntry[] {
  if (!cache) {
    const manifest = JSON.parse(
      readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')
    ) as Array<{
      file: string;
      repo: string;
      path: string;
    }>;
    cache = manifest.map(e => ({
      file: e.file,
      repo: e.repo,
      path: e.path,
      text: readFileSync(path.join(CORPUS_DIR, 'workflows', e.file), 'utf8')
    }));
  }
  return cache;
}

export function corpusWorkflows(): CorpusEntry[] {
  return corpusEntries().filter(
    e => /\.ya?ml$/.test(e.file) && e.path.startsWith('.github/workflows/')
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
