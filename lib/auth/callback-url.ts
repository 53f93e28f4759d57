// Where to go after signing in. Only same-site paths are accepted, so a crafted link cannot send
// someone to another site after they log in (open redirect).

/** The path to return to, or "/" when the value is missing or not a same-site path. */
export function safeCallbackPath(value: string | string[] | null | undefined, origin?: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return '/';
  let candidate = raw.trim();
  // next-auth may hand back an absolute URL on our own origin.
  if (origin && candidate.startsWith(`${origin}/`)) candidate = candidate.slice(origin.length);
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return '/';
  if (/[\u0000-\u001f\\]/.test(candidate)) return '/';
  try {
    const url = new URL(candidate, 'http://ilearn.invalid');
    if (url.origin !== 'http://ilearn.invalid') return '/';
    if (url.pathname === '/login' || url.pathname.startsWith('/api/auth')) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
