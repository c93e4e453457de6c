// Every rule the engine can report has its docs page and a row in the README's rules list.
import { existsSync, readFileSync } from 'node:fs';
import { tokenRules } from '../../src/rules/registry.js';
import { scanRules } from '../../src/rules/scan/index.js';

const readme = readFileSync('README.md', 'utf8');

describe.each([...tokenRules, ...scanRules].map(rule => [rule.id, rule] as const))(
  'rule %s',
  id => {
    it('has a docs page that names it', () => {
      const page = `docs/rules/${id}.md`;
      expect(existsSync(page)).toBe(true);
      expect(readFileSync(page, 'utf8')).toContain(id);
    });

    it('is listed in the README with a link to its page', () => {
      expect(readme).toContain(`[\`${id}\`](docs/rules/${id}.md)`);
    });
  }
);
