// `mode: attenuate`: turn the broad token this step receives into a job-scoped, short-lived one
// (offline caveats; only app names need Fly's API), mask it, and hand it to the rest of the job.
import type { Dispatcher } from 'undici';
import { resolveAppIds } from '../fly/verify.js';
import {
  ATTENUATION_ACCESSES,
  attenuate,
  describeAttenuated,
  parseTtl,
  type AttenuationAccess
} from '../token/attenuate/index.js';
import { renderAttenuateSummary } from '../report/attenuate-summary.js';
import * as core from '@actions/core';
import { currentTime, pinnedClockOption } from './clock.js';
import {
  InputError,
  readBoolean,
  readCommonInputs,
  readInput,
  readList,
  requireFlyToken
} from './inputs.js';
import { maskTokens } from './publish.js';
import type { ModeRun } from './types.js';

export interface AttenuateModeOptions {
  /** HTTP stack for the app-name lookup (tests inject one; default: built from the environment). */
  dispatcher?: Dispatcher;
}

interface AttenuateInputs {
  access: AttenuationAccess;
  ttlSeconds: number;
  apps: string[];
  appIds: string[];
  commands: string[];
  exportToken: boolean;
}

function readAttenuateInputs(): AttenuateInputs {
  const access = (readInput('access') || 'deploy').trim().toLowerCase();
  if (!ATTENUATION_ACCESSES.includes(access as AttenuationAccess)) {
    throw new InputError(
      `Input 'access' must be one of ${ATTENUATION_ACCESSES.join(', ')}; got '${access}'.`
    );
  }
  const ttl = parseTtl(readInput('ttl') || '30m');
  if (!ttl.ok) throw new InputError(`Input 'ttl': ${ttl.message}.`);
  return {
    access: access as AttenuationAccess,
    ttlSeconds: ttl.seconds,
    apps: readList('apps'),
    appIds: readList('app-ids'),
    // One command per line: commands may contain commas.
    commands: readInput('commands')
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(line => line !== ''),
    exportToken: readBoolean('export', false)
  };
}

type Resolution =
  { ok: true; appIds: string[]; names: Map<string, string> } | { ok: false; message: string };

/** App names -> ids (online), merged with the ids given directly. */
async function resolveApps(
  token: string,
  inputs: AttenuateInputs,
  options: AttenuateModeOptions,
  { publisher, deadline }: ModeRun
): Promise<Resolution> {
  const names = new Map<string, string>();
  if (inputs.apps.length === 0) return { ok: true, appIds: inputs.appIds, names };
  const common = readCommonInputs();
  if (!common.online) {
    if (inputs.appIds.length > 0) {
      publisher.info(
        'online is false: using app-ids as given (app names are shown but not checked).'
      );
      return { ok: true, appIds: inputs.appIds, names };
    }
    return {
      ok: false,
      message:
        "App names need Fly's API to find their numeric ids, and `online` is false: pass the ids in `app-ids` instead, or set `online: true`."
    };
  }
  const resolved = await resolveAppIds(inputs.apps, {
    token: { input: token },
    flyApiUrl: common.flyApiUrl,
    flyGraphqlUrl: common.flyGraphqlUrl,
    deadline,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {})
  });
  const missing = inputs.apps.filter(name => !resolved.has(name));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `Could not find the id of app ${missing.join(', ')}: Fly did not answer, the app does not exist, or this token cannot see it. Check the name, or pass the numeric id in \`app-ids\`.`
    };
  }
  for (const [name, id] of resolved) names.set(id, name);
  return { ok: true, appIds: [...new Set([...resolved.values(), ...inputs.appIds])], names };
}

export async function runAttenuateMode(
  run: ModeRun,
  options: AttenuateModeOptions = {}
): Promise<void> {
  const { token, publisher } = run;
  requireFlyToken(token, 'attenuate', 'FLY_ORG_TOKEN');
  const inputs = readAttenuateInputs();
  const apps = await resolveApps(token.value, inputs, options, run);
  if (!apps.ok) {
    publisher.fail(apps.message);
    return;
  }
  const now = currentTime();
  const result = attenuate(
    token.value,
    {
      appIds: apps.appIds,
      access: inputs.access,
      ttlSeconds: inputs.ttlSeconds,
      ...(inputs.commands.length ? { commands: inputs.commands } : {})
    },
    now
  );
  if (!result.ok) {
    publisher.fail(`Cannot attenuate the token: ${result.reason}.`);
    return;
  }

  // Mask every form of the new token before anything else is written.
  maskTokens([result.header]);
  // Straight to the runner, not through the publisher: the new token shares its discharge with
  // the input, so the input's redactor would blank part of it.
  core.setOutput('token', result.header);
  if (inputs.exportToken) {
    core.exportVariable('FLY_API_TOKEN', result.header);
    if ((process.env.FLY_ACCESS_TOKEN ?? '').trim() !== '') {
      publisher.warning(
        'FLY_ACCESS_TOKEN is set in this job and flyctl prefers it over FLY_API_TOKEN: remove it from the env of later steps, or they will not use the narrowed token.'
      );
    }
  }
  publisher.outputs({
    kind: result.inspection.kind,
    'expires-at': result.expiresAt,
    'org-ids': result.inspection.orgIds.join(','),
    apps: result.inspection.appIds.map(id => apps.names.get(id) ?? id).join(',')
  });
  const lines = describeAttenuated(result.inspection, result.expiresAt, apps.names);
  publisher.info(`Narrowed the Fly token: ${lines.headline}`);
  for (const line of lines.details) publisher.info(`  ${line}`);
  await publisher.summary(
    renderAttenuateSummary({
      inspection: result.inspection,
      expiresAt: result.expiresAt,
      details: lines.details,
      appNames: apps.names,
      exported: inputs.exportToken,
      now,
      ...pinnedClockOption()
    })
  );
}
