// Where the Fly client may send a token: only over TLS, except to this machine (tests and local
// stand-ins), so a mistyped `http://` URL never carries the Authorization header in clear text.

/** What a Fly API URL must be, for messages. */
const FLY_URL_RULE =
  'an https:// URL without credentials (http:// is allowed only for a loopback host: localhost, 127.0.0.0/8 or ::1)';

type FlyUrlCheck = { ok: true; url: URL } | { ok: false; problem: string };

/**
 * Whether the client may send a token to `value`. The problem never repeats the value (a pasted
 * token could be in it); callers put the input's name in front: "fly-api-url must be …".
 */
export function checkFlyUrl(value: string): FlyUrlCheck {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, problem: `must be ${FLY_URL_RULE}; the value is not a URL` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, problem: `must be ${FLY_URL_RULE}; it carries a user name or password` };
  }
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return { ok: true, url };
    return {
      ok: false,
      problem: `must be ${FLY_URL_RULE}; plain http:// to another host would send the token in clear text`
    };
  }
  return { ok: false, problem: `must be ${FLY_URL_RULE}` };
}

/** localhost, 127.0.0.0/8 or ::1, as the URL parser normalises them (127.1 → 127.0.0.1). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (host === 'localhost' || host === '::1') return true;
  const octets = host.split('.');
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every(o => /^\d{1,3}$/.test(o) && Number(o) <= 255)
  );
}
