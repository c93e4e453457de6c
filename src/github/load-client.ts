// Loads the GitHub client. @actions/github builds its proxy agent when it is loaded, and a proxy
// variable it cannot use stops it with undici's bare "Invalid URL protocol": the proxy environment
// is checked first, so the run names the variable as the Fly calls do.
import { assertUsableProxyEnvironment } from '../fly/proxy-environment.js';
import type * as GitHubClientModule from './client.js';

export async function loadGitHubClient(): Promise<typeof GitHubClientModule> {
  assertUsableProxyEnvironment();
  return import('./client.js');
}
