// The repository on disk as the pure workflow room sees it: read-only, confined to the root,
// bounded in size. The action points it at GITHUB_WORKSPACE, the CLI at --repo or the cwd.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RepoFiles } from '../workflow/index.js';

export const MAX_REPO_FILE_BYTES = 1024 * 1024;

const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'dist', 'coverage', 'vendor', '.venv']);

export function createRepoFiles(root: string, maxFiles = 5000): RepoFiles {
  const absoluteRoot = path.resolve(root);
  const inside = (relative: string): string | undefined => {
    const full = path.resolve(absoluteRoot, relative);
    return full === absoluteRoot || full.startsWith(absoluteRoot + path.sep) ? full : undefined;
  };
  return {
    read(relative: string): string | undefined {
      const full = inside(relative);
      if (!full) return undefined;
      try {
        const stat = statSync(full);
        if (!stat.isFile() || stat.size > MAX_REPO_FILE_BYTES) return undefined;
        return readFileSync(full, 'utf8');
      } catch {
        return undefined;
      }
    },
    list(): string[] {
      return listFiles(absoluteRoot, maxFiles).files;
    }
  };
}

/** Repo-relative paths (forward slashes), breadth-first, stopping after `maxFiles`. */
export function listFiles(root: string, maxFiles: number): { files: string[]; truncated: boolean } {
  const files: string[] = [];
  const queue: string[] = [''];
  while (queue.length > 0) {
    const dir = queue.shift() ?? '';
    let entries;
    try {
      entries = readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) queue.push(relative);
      } else if (entry.isFile()) {
        if (files.length >= maxFiles) return { files, truncated: true };
        files.push(relative);
      }
    }
  }
  return { files, truncated: false };
}
