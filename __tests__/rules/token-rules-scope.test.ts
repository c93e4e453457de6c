// personal-token, broader-than-needed, missing-capability: what the token can do vs what the job needs.
import { broaderThanNeeded } from '../../src/rules/token/broader-than-needed.js';
import { missingCapability } from '../../src/rules/token/missing-capability.js';
import { personalToken } from '../../src/rules/token/personal-token.js';
import type { Needs } from '../../src/workflow/types.js';
import {
  context,
  custom,
  deploy,
  machineExec,
  machineExecAny,
  needs,
  noNeeds,
  org,
  personal,
  personalBundle,
  readonly,
  ssh,
  wireguard
} from './token-fixtures.js';

describe('personal-token', () => {
  it('fires (high) for a personal token even when nothing is known about the job', () => {
    const findings = personalToken.check(context(personal()));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('high');
    expect(findings[0]?.message).toMatch(/every organization/);
    expect(findings[0]?.fix?.commands).toContain('fly auth logout');
  });

  it('recognises `fly auth token` output and names the token the job needs', () => {
    const message =
      personalToken.check(context(personalBundle(), needs(['deploy'], { apps: ['web'] })))[0]
        ?.message ?? '';
    expect(message).toContain('`fly auth token`');
    expect(message).toContain('4 org macaroons');
    expect(message).toContain('A deploy token for web would do');
  });

  it('stays silent for every other kind', () => {
    for (const token of [org(), deploy(), readonly(), ssh(), machineExec(), custom()]) {
      expect(personalToken.check(context(token, needs(['deploy'], { apps: ['web'] })))).toEqual([]);
    }
  });
});

describe('broader-than-needed', () => {
  const check = (token = org(), jobNeeds: Needs = needs(['deploy'], { apps: ['web'] })) =>
    broaderThanNeeded.check(context(token, jobNeeds));

  it('fires (medium) for an org token where one app deploy token would do', () => {
    const findings = check(org(), needs(['deploy', 'secrets'], { apps: ['web'] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('medium');
    expect(findings[0]?.message).toContain('a deploy token for web would do');
    expect(findings[0]?.location).toEqual({
      file: '.github/workflows/deploy.yml',
      line: 10,
      column: 9
    });
    expect(findings[0]?.fix?.commands[0]).toBe(
      'fly tokens create deploy -a web -x 2160h --name "github-actions-web" | gh secret set FLY_API_TOKEN'
    );
  });

  it('for several apps: one deploy token per app, org token only to share a secret', () => {
    const message = check(org(), needs(['deploy'], { apps: ['web', 'api'] }))[0]?.message ?? '';
    expect(message).toContain('one deploy token per app');
    expect(message).toContain('only if the apps must share one secret');
  });

  it('fires for a deploy token where readonly would do', () => {
    const findings = check(deploy(), needs(['read'], { apps: ['web'] }));
    expect(findings[0]?.message).toContain('a readonly token would do');
    expect(findings[0]?.fix?.commands[0]).toMatch(/^fly tokens create readonly /);
  });

  it('fires for a deploy token used only for ssh', () => {
    expect(check(deploy(), needs(['ssh'], { apps: ['web'] }))[0]?.message).toContain(
      'an ssh token for web would do'
    );
  });

  it('fires for an any-command machine-exec token when the job runs known commands', () => {
    const jobNeeds = needs(['machine-exec'], { apps: ['web'], commands: ['bin/migrate'] });
    const findings = check(machineExecAny(), jobNeeds);
    expect(findings[0]?.message).toContain('`bin/migrate`');
    expect(findings[0]?.fix?.commands[0]).toContain('--command bin/migrate');
    expect(
      check(machineExec(), needs(['machine-exec'], { apps: ['web'], commands: ['cat x'] }))
    ).toEqual([]);
  });

  it('does not flag a deploy token for its org-wide read, nor fitting tokens', () => {
    expect(check(deploy(), needs(['deploy', 'read'], { apps: ['web'] }))).toEqual([]);
    expect(check(org(), needs(['create-app', 'deploy'], { unknownApps: true }))).toEqual([]);
    expect(check(readonly(), needs(['read']))).toEqual([]);
    expect(check(ssh(), needs(['ssh'], { apps: ['web'] }))).toEqual([]);
  });

  it('stays silent when needs are unknown, and for personal or malformed tokens', () => {
    expect(check(org(), noNeeds())).toEqual([]);
    expect(check(org(), { ...needs([]), source: 'inferred' })).toEqual([]);
    expect(check(personal())).toEqual([]);
  });

  it('judges needs given as inputs the same way', () => {
    expect(check(org(), needs(['deploy'], { apps: ['web'], source: 'input' }))).toHaveLength(1);
  });
});

describe('missing-capability', () => {
  const check = (token = readonly(), jobNeeds: Needs = needs(['deploy'], { apps: ['web'] })) =>
    missingCapability.check(context(token, jobNeeds));

  it('fires (high) for a readonly token before a deploy, at the deploy step', () => {
    const jobNeeds = needs(['read', 'deploy'], { apps: ['web'] });
    const findings = check(readonly(), jobNeeds);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('high');
    expect(findings[0]?.message).toContain('`deploy`');
    expect(findings[0]?.message).toContain('readonly token');
    expect(findings[0]?.location?.line).toBe(11);
    expect(findings[0]?.fix?.commands[0]).toBe(
      'fly tokens create deploy -a web -x 2160h --name "github-actions-web" | gh secret set FLY_API_TOKEN'
    );
  });

  it('says ssh needs the ssh mutations when a machine-exec token is used for `fly ssh console`', () => {
    const message = check(machineExec(), needs(['ssh'], { apps: ['web'] }))[0]?.message ?? '';
    expect(message).toContain('`ssh`');
    expect(message).toContain('issueCertificate');
    expect(message).toContain('addWireGuardPeer');
  });

  it('names the commands a machine-exec token does not allow', () => {
    const jobNeeds = needs(['machine-exec'], { apps: ['web'], commands: ['rm -rf /data'] });
    const message = check(machineExec(), jobNeeds)[0]?.message ?? '';
    expect(message).toContain('`rm -rf /data`');
    expect(message).toContain('`ls -la /data`');
  });

  it('accepts commands the rules allow: exact match and prefix', () => {
    const jobNeeds = needs(['machine-exec'], {
      apps: ['web'],
      commands: ['ls -la /data', 'cat /etc/hosts', "cat 'my file'"]
    });
    expect(check(machineExec(), jobNeeds)).toEqual([]);
    const notExact = needs(['machine-exec'], { apps: ['web'], commands: ['ls -la /data /tmp'] });
    expect(check(machineExec(), notExact)).toHaveLength(1);
  });

  it('fires when a one-app token serves a job that deploys two apps', () => {
    const findings = check(deploy(), needs(['deploy'], { apps: ['web', 'api'] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('2 apps (api and web)');
    expect(findings[0]?.message).toContain('confined to 1 app');
    expect(findings[0]?.fix?.commands.filter(c => c.startsWith('fly tokens create'))).toHaveLength(
      2
    );
  });

  it('fires for org-level needs a deploy token cannot meet', () => {
    const message = check(deploy(), needs(['create-app', 'deploy']))[0]?.message ?? '';
    expect(message).toContain('`create-app`');
    expect(message).toContain('cannot create apps');
  });

  it('lets a deploy token destroy its own app (delete is in its app caveat), one app only', () => {
    const destroy = (apps: string[]) => needs(['destroy-app', 'org'], { apps });
    expect(check(deploy(), destroy(['web']))).toEqual([]);
    const two = check(deploy(), destroy(['web', 'api']));
    expect(two).toHaveLength(1);
    expect(two[0]?.message).toContain('confined to 1 app');
    expect(two[0]?.location?.line).toBe(10);
    // An app named at run time (review apps) is not the one a deploy token was minted for.
    const computed = needs(['destroy-app', 'org'], {
      unknownApps: true,
      evidence: [
        {
          capability: 'destroy-app',
          app: null,
          appUnknown: true,
          command: 'flyctl apps destroy "$APP" -y',
          location: { file: '.github/workflows/cleanup.yml', line: 12, column: 9 }
        }
      ]
    });
    expect(check(deploy(), computed)[0]?.message ?? '').toContain(
      'can delete only the app it was minted for, not one named at run time: that step would fail'
    );
    // Tokens with no delete anywhere still cannot.
    for (const token of [readonly(), ssh(), machineExec()]) {
      expect(check(token, destroy(['web']))[0]?.message ?? '').toContain(
        'cannot delete apps in the organization'
      );
    }
  });

  it('lets an ssh token open the WireGuard tunnel `fly proxy` needs (it keeps addWireGuardPeer)', () => {
    expect(check(ssh(), needs(['proxy'], { apps: ['web'] }))).toEqual([]);
    expect(check(machineExec(), needs(['proxy'], { apps: ['web'] }))[0]?.message ?? '').toContain(
      'cannot open a WireGuard tunnel'
    );
  });

  it('fires for a wireguard token asked to deploy', () => {
    expect(check(wireguard())).toHaveLength(1);
  });

  it('stays silent when the token can do it all', () => {
    const everything = needs(
      [
        'read',
        'deploy',
        'secrets',
        'scale',
        'ssh',
        'machine-exec',
        'proxy',
        'create-app',
        'destroy-app',
        'org'
      ],
      {
        apps: ['web', 'api']
      }
    );
    expect(check(org(), everything)).toEqual([]);
    expect(check(personal(), everything)).toEqual([]);
    expect(
      check(deploy(), needs(['deploy', 'ssh', 'machine-exec', 'proxy'], { apps: ['web'] }))
    ).toEqual([]);
    expect(check(ssh(), needs(['ssh', 'read'], { apps: ['web'] }))).toEqual([]);
  });

  it('stays silent when needs are unknown', () => {
    expect(check(readonly(), noNeeds())).toEqual([]);
  });

  it('does not quote a workflow command that holds a literal token', () => {
    const tokenish =
      'FlyV1 fm2_lJPECAAAAAAAC4yLxBDn3WbS2ZQ6xkN3qHvTZqPZwrVodHRwczovL2FwaS5mbHkuaW8vdjE=';
    const jobNeeds = needs(['deploy'], {
      apps: ['web'],
      evidence: [{ capability: 'deploy', app: 'web', command: `flyctl deploy -t "${tokenish}"` }]
    });
    const message = check(readonly(), jobNeeds)[0]?.message ?? '';
    expect(message).toContain('a step');
    expect(message).not.toContain('lJPECAAA');
  });
});
