// token-formatting: usable, but stored sloppily (whitespace, newline, scheme missing or doubled).
import type { TokenRuleContext } from '../context.js';
import { storeCommand } from '../fix.js';
import type { Finding, Rule } from '../types.js';
import { formattingText } from './decoder-text.js';

export const tokenFormatting: Rule<TokenRuleContext> = {
  id: 'token-formatting',
  defaultSeverity: 'info',
  title: 'Token stored with sloppy formatting',
  help:
    'flyctl accepts the token, but the stored value has surrounding whitespace or a newline, no ' +
    '`FlyV1 ` scheme, a doubled or `Bearer` scheme, or spaces after commas. Other tools (and ' +
    "Fly's own token library, for spaces after commas) may not be as forgiving.",
  check(context): Finding[] {
    const { inspection, options } = context;
    if (inspection.kind === 'malformed' || inspection.formatting.length === 0) return [];
    const details = inspection.formatting.map(formattingText);
    return [
      {
        rule: 'token-formatting',
        severity: 'info',
        message: `The token works but is stored sloppily: ${details.join('; ')}.`,
        fix: {
          summary:
            'Store the token exactly as `fly tokens create` prints it: one line starting with `FlyV1 `, no spaces around commas, no trailing newline.',
          commands: [storeCommand(options.secretName, options.environment)]
        }
      }
    ];
  }
};
