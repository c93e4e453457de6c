// Types for the files of undici the Fly client requires by path (undici types its index only).
declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
  import { EnvHttpProxyAgent } from 'undici';
  export default EnvHttpProxyAgent;
}

declare module 'undici/lib/dispatcher/dispatcher.js' {
  import { Dispatcher } from 'undici';
  export default Dispatcher;
}

/** request, stream, pipeline, upgrade and connect: the methods undici's index gives dispatchers. */
declare module 'undici/lib/api/index.js' {
  const api: Record<string, unknown>;
  export default api;
}
