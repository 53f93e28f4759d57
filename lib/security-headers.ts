// The Content-Security-Policy for our pages (a fresh nonce per request, set by proxy.ts) and HSTS. Pure: no I/O.

/**
 * Paths answered by route handlers (files, CSV, calendar, SCORM package content, autosave): they set their own
 * headers — the SCORM content route its own policy for authoring tools' inline script — so the page policy is not
 * added to them. tests/unit/security-headers.test.ts checks that every route.ts outside app/api is listed here.
 */
export const ROUTE_HANDLER_PATHS: readonly RegExp[] = [
  /^\/admin\/emails\/[^/]+\/attachments\/[^/]+$/,
  /^\/admin\/quizzes\/[^/]+\/results\/export$/,
  /^\/admin\/activities\/[^/]+\/scorm\/attempts\.csv$/,
  /^\/admin\/feedback\/[^/]+\/results\.csv$/,
  /^\/admin\/workshops\/sessions\/[^/]+\/attendees\.csv$/,
  /^\/certificates\/[^/]+$/,
  /^\/scorm\/[^/]+\/content\/.+$/,
  /^\/quiz\/attempts\/[^/]+\/save$/,
  /^\/record-of-learning\/evidence\/[^/]+\/file$/,
  /^\/record-of-learning\/export\/[^/]+$/,
  /^\/team\/reports\/[^/]+\/export\/[^/]+$/,
  /^\/activities\/[^/]+\/file$/,
  /^\/workshops\/sessions\/[^/]+\/calendar\.ics$/,
  /^\/calendar\/[^/]+$/,
  /^\/(healthz|readyz)$/,
];

export function isRouteHandlerPath(pathname: string): boolean {
  return ROUTE_HANDLER_PATHS.some((pattern) => pattern.test(pathname));
}

/** A random nonce for one response's scripts (Next.js adds it to its own inline scripts). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts only from our origin or carrying this response's nonce; no plugins; no <base> elsewhere; framed only by
 * our own pages (the SCORM player frames package content from our origin). Development adds 'unsafe-eval', which
 * React's development build needs for its stack traces.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Strict-Transport-Security for https deployments (HSTS_MAX_AGE seconds), or null when not configured. */
export function hstsHeader(maxAgeSeconds: number | undefined): string | null {
  return maxAgeSeconds ? `max-age=${maxAgeSeconds}; includeSubDomains` : null;
}
