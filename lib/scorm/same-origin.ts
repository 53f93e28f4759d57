// Whether a POST comes from a page of this site. (request.nextUrl.origin is not reliable behind `next start -H`
// or a proxy: it may say localhost while the browser says 127.0.0.1, so compare with the Host header.)
export function isSameOriginPost(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site' || request.headers.get('sec-fetch-site') === 'same-site') {
    return false;
  }
  const origin = request.headers.get('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}
