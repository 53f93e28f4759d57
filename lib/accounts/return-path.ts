/** Only same-site paths are followed after login (no open redirects to other sites). */
export function safeReturnPath(value: string | undefined | null): string {
  if (!value) return '/';
  let path = value;
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      path = `${url.pathname}${url.search}`;
    } catch {
      return '/';
    }
  }
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/';
  if (path.startsWith('/login') || path.startsWith('/api/auth')) return '/';
  return path.slice(0, 500);
}
