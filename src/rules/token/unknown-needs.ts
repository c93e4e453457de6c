// unknown-needs: part of what the job does with the token cannot be seen (a script not in the
// checkout, a program or container handed the token, an unknown action, an AI agent), so the
// guard cannot judge the token against it. Never a silent pass: low, so the verdict is at least
// warn, until the job's needs are declared with the `needs`/`apps` inputs.
import type { TokenRuleContext } from '../context.js';
import type { Finding, Rule } from '../types.js';
import { advice } from '../types.js';
import { listUnseen, seenNeeds, unseenUses } from './needs-text.js';

const ID = 'unknown-needs';

export const unknownNeeds: Rule<TokenRuleContext> = {
  id: ID,
  defaultSeverity: 'low',
  title: 'What the job does with the token cannot all be seen',
  help:
    'Part of what the job does with its Fly token is out of sight: a script that is not in the ' +
    'checkout, a program or container handed the token (`node deploy.js`, `docker run -e ' +
    'FLY_API_TOKEN`), an action this guard does not know, an AI agent with shell access. The ' +
    'token cannot be judged against what cannot be seen, so the check never passes silently: ' +
    'declare what the job needs with the `needs` and `apps` inputs.',
  check(context): Finding[] {
    const unseen = unseenUses(context.needs);
    if (unseen.length === 0) return [];
    const needs = context.needs;
    const example = [
      `\`needs: ${needs.capabilities.length > 0 ? needs.capabilities.join(', ') : 'deploy'}\``,
      `\`apps: ${needs.apps.length > 0 ? needs.apps.join(', ') : '<APP>'}\``
    ].join(' and ');
    return [
      {
        rule: ID,
        severity: 'low',
        message:
          `This job needs ${seenNeeds(needs)}; could not see: ${listUnseen(unseen)}. ` +
          'The token cannot be judged against what it does there.',
        ...(unseen[0] ? { location: unseen[0].location } : {}),
        fix: advice(
          `Declare what the job needs in the guard step (for example ${example}), ` +
            'adding what the unseen steps do; declared needs are judged as given.'
        )
      }
    ];
  }
};
