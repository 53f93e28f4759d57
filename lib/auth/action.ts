// The one wrapper for server actions and the one for route handlers (STYLE.md "Security model"). Each
// authenticates first (a temporary password allows nothing but changing it), then validates with zod, then
// calls lib/, and turns typed errors into a form result or an HTTP status. Nothing else catches errors by hand.
import { randomUUID } from 'node:crypto';
import { notFound, unstable_rethrow } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { ZodType, z } from 'zod';
import { failure, formValues, zodFieldErrors, type ActionFailure } from '@/lib/action-result';
import { requireViewer, requireViewerWithTemporaryPassword } from '@/lib/auth/guards';
import type { Viewer } from '@/lib/auth/viewer';
import {
  asServiceError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PasswordChangeRequiredError,
  recordGoneAsNotFound,
  ServiceUnavailableError,
  UnauthenticatedError,
  UserError,
  ValidationError,
} from '@/lib/errors';
import {
  currentRequestLog,
  log,
  requestIdOf,
  unexpectedReference,
  withRequestLog,
  type RequestLogContext,
} from '@/lib/log';
import { findNul, NUL_MESSAGE } from '@/lib/validation';

/** Who may call: a signed-in person (the default), or also someone still on a temporary password. */
export type Access = 'signed-in' | 'temporary-password';

/** What a form handler returns: success with a message or data (or it redirects; a refusal is thrown). */
export type FormHandlerResult = { ok: true; message?: string; data?: unknown };
/** The handler's success with `message` optional, so it fits `ActionResult<T>` and a `{ ok: true }` initial state. */
type Loose<R> = Omit<R, 'message'> & { ok: true; message?: string };

export type FormOptions<S extends ZodType> = {
  schema: S;
  /** What the schema parses; by default the form's fields (the last value of a repeated field). */
  input?: (formData: FormData) => unknown;
  /** Fields never echoed back to the form (passwords). */
  secret?: readonly string[];
  /** The summary above the field errors when validation fails. */
  invalidMessage?: string;
  /** Moves field errors onto the inputs the form shows (e.g. a list's errors onto its first row). */
  mapFieldErrors?: (fieldErrors: Record<string, string>) => Record<string, string>;
  access?: Access;
};

export type FormContext = { formData: FormData; values: Record<string, string> };

/** The `useActionState` signature every form component expects (the previous state is not used). */
export type FormActionFn<R> = (previous: unknown, formData: FormData) => Promise<Loose<R> | ActionFailure>;

const options = <S extends ZodType>(o: S | FormOptions<S>): FormOptions<S> =>
  o instanceof ZodType ? { schema: o } : o;

// ---------- endpoint registry ----------

/** Which wrapper built an endpoint. */
export type EndpointKind = 'form' | 'public-form' | 'button' | 'route' | 'public-route' | 'probe';

/**
 * What a wrapper knows about the endpoint it built: the security tier reads it (tests/security) to generate
 * malformed input from the schema and to check who may call, so a new endpoint is covered on its first day.
 */
export type EndpointInfo = {
  kind: EndpointKind;
  /** The form schema (actions) or the URL segments' schema (routes). */
  schema: ZodType;
  /** Who may call: a session (`signed-in`, or also a temporary password) or nobody in particular. */
  access: Access | 'public';
  /** For actions with a custom reader: how the form is turned into what `schema` parses. */
  input?: (formData: FormData) => unknown;
};

const endpoints = new WeakMap<object, EndpointInfo>();

function registerEndpoint<F extends object>(endpoint: F, info: EndpointInfo): F {
  endpoints.set(endpoint, info);
  return endpoint;
}

/** The schema and access of an endpoint built by one of the wrappers below (undefined for anything else). */
export function endpointSchemaOf(endpoint: unknown): EndpointInfo | undefined {
  return typeof endpoint === 'function' ? endpoints.get(endpoint) : undefined;
}

/** A server action's log lines share an id and, once known, the signed-in user's id. */
function actionLogContext(): RequestLogContext {
  return { requestId: randomUUID(), route: 'server action' };
}

function noteViewer(viewer: Viewer): void {
  const context = currentRequestLog();
  if (context) context.userId = viewer.id;
}

async function authenticate(access: Access = 'signed-in'): Promise<Viewer> {
  const viewer = await (access === 'temporary-password' ? requireViewerWithTemporaryPassword() : requireViewer());
  noteViewer(viewer);
  return viewer;
}

/** Parses form input: NUL bytes are refused in every field before the schema sees them. */
function parseForm<S extends ZodType>(
  o: FormOptions<S>,
  formData: FormData,
): { ok: true; data: z.output<S> } | { ok: false; fieldErrors: Record<string, string> } {
  const raw = o.input ? o.input(formData) : Object.fromEntries(formData);
  const nul = findNul(raw);
  if (nul) return { ok: false, fieldErrors: { [nul]: NUL_MESSAGE } };
  const parsed = o.schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
}

async function runForm<S extends ZodType, R extends FormHandlerResult, V>(
  o: FormOptions<S>,
  formData: FormData,
  authenticateFirst: () => Promise<V>,
  run: (viewer: V, input: z.output<S>, ctx: FormContext) => Promise<R>,
): Promise<Loose<R> | ActionFailure> {
  const values = formValues(formData, o.secret ? [...o.secret] : []);
  const mapped = (f: ActionFailure): ActionFailure =>
    o.mapFieldErrors ? { ...f, fieldErrors: o.mapFieldErrors(f.fieldErrors) } : f;
  try {
    const viewer = await authenticateFirst();
    const parsed = parseForm(o, formData);
    if (!parsed.ok)
      return mapped({
        ok: false,
        message: o.invalidMessage ?? 'Check the form',
        fieldErrors: parsed.fieldErrors,
        values,
      });
    return await run(viewer, parsed.data, { formData, values });
  } catch (error) {
    unstable_rethrow(error);
    return mapped(failure(error, values));
  }
}

/**
 * A server action for a form read through `useActionState`: returns `{ ok: true, message?, data? }` or
 * `{ ok: false, fieldErrors, message, values }`. The handler may also `redirect()` or `notFound()`.
 */
export function formAction<S extends ZodType, R extends FormHandlerResult>(
  schemaOrOptions: S | FormOptions<S>,
  handler: (viewer: Viewer, input: z.output<S>, ctx: FormContext) => Promise<R>,
): FormActionFn<R> {
  const o = options(schemaOrOptions);
  const action: FormActionFn<R> = async (_previous, formData) =>
    withRequestLog(actionLogContext(), () => runForm(o, formData, () => authenticate(o.access), handler));
  return registerEndpoint(action, { kind: 'form', schema: o.schema, access: o.access ?? 'signed-in', input: o.input });
}

/**
 * A form action anyone may call without a session (request an account, forgot password, reset password with
 * its token). Throttling and the token check are the handler's job.
 */
export function publicFormAction<S extends ZodType, R extends FormHandlerResult>(
  schemaOrOptions: S | Omit<FormOptions<S>, 'access'>,
  handler: (input: z.output<S>, ctx: FormContext) => Promise<R>,
): FormActionFn<R> {
  const o = options(schemaOrOptions);
  const action: FormActionFn<R> = async (_previous, formData) =>
    withRequestLog(actionLogContext(), () =>
      runForm(
        o,
        formData,
        async () => null,
        (_viewer, input, ctx) => handler(input, ctx),
      ),
    );
  return registerEndpoint(action, { kind: 'public-form', schema: o.schema, access: 'public', input: o.input });
}

/** An unexpected error for an error boundary: its digest is the reference we logged. */
class ReferencedError extends Error {
  constructor(readonly digest: string) {
    super(`Unexpected error, reference ${digest}`);
    this.name = 'ReferencedError';
  }
}

/**
 * A plain `<form action>` (a button: unenrol, move up, delete) with no result to show. Invalid input and
 * records the viewer may not touch give the "not found" page; a refusal with a message goes to the error page.
 */
export function buttonAction<S extends ZodType>(
  schemaOrOptions: S | FormOptions<S>,
  handler: (viewer: Viewer, input: z.output<S>, ctx: FormContext) => Promise<void>,
): (formData: FormData) => Promise<void> {
  const o = options(schemaOrOptions);
  const action = async (formData: FormData): Promise<void> =>
    withRequestLog(actionLogContext(), () => runButton(formData));
  return registerEndpoint(action, {
    kind: 'button',
    schema: o.schema,
    access: o.access ?? 'signed-in',
    input: o.input,
  });
  async function runButton(formData: FormData): Promise<void> {
    try {
      const viewer = await authenticate(o.access);
      const parsed = parseForm(o, formData);
      if (!parsed.ok) notFound();
      await handler(viewer, parsed.data, { formData, values: formValues(formData) });
    } catch (thrown) {
      unstable_rethrow(thrown);
      const error = recordGoneAsNotFound(thrown);
      if (
        error instanceof NotFoundError ||
        (error instanceof ForbiddenError && !(error instanceof PasswordChangeRequiredError))
      )
        notFound();
      const mapped = asServiceError(error);
      if (mapped instanceof UserError) throw mapped;
      throw new ReferencedError(unexpectedReference(error));
    }
  }
}

// ---------- route handlers ----------

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** A malformed query or body: the route answers 400 with the field messages. */
export class BadRequestError extends UserError {
  constructor(readonly fieldErrors: Record<string, string> = {}) {
    super('Bad request');
    this.name = 'BadRequestError';
  }
}

/** Reads a route's JSON body with its schema (NUL refused anywhere in it); anything else is a 400. */
export async function jsonBody<S extends ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  if (!request.headers.get('content-type')?.startsWith('application/json')) throw new BadRequestError();
  const json: unknown = await request.json().catch(() => undefined);
  const nul = findNul(json);
  if (nul) throw new BadRequestError({ [nul]: NUL_MESSAGE });
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new BadRequestError(zodFieldErrors(parsed.error));
  return parsed.data;
}

/** Reads a route's search parameters with its schema; anything else is a 400. */
export function queryParams<S extends ZodType>(request: Request, schema: S): z.output<S> {
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const nul = findNul(raw);
  if (nul) throw new BadRequestError({ [nul]: NUL_MESSAGE });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new BadRequestError(zodFieldErrors(parsed.error));
  return parsed.data;
}

export type RouteOptions<P extends ZodType> = {
  /** URL segments; anything the schema refuses is a 404 (`/x/abc`, `/x/99999999999`). */
  params: P;
  access?: Access;
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Compared with the Host header: Next normalises request.url's 127.0.0.1 to "localhost", so a page opened at
// http://127.0.0.1:3000 (the browser tests) would otherwise be refused its own POSTs.
function sameOrigin(origin: string, request: Request): boolean {
  try {
    const from = new URL(origin);
    const host = request.headers.get('host');
    return host ? from.host === host : from.origin === new URL(request.url).origin;
  } catch {
    return false;
  }
}

/** A refusal or failure as an HTTP answer: JSON for scripts, plain text for a person following a link. */
function errorResponse(request: Request, status: number, message: string, extra: Record<string, unknown> = {}) {
  const json = request.method !== 'GET' || (request.headers.get('accept') ?? '').includes('application/json');
  const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };
  return json
    ? Response.json({ error: message, ...extra }, { status, headers })
    : new Response(message, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Typed errors → status. A refusal is answered like a missing record, so ids reveal nothing. */
export function routeErrorResponse(request: Request, thrown: unknown): Response {
  const error = asServiceError(recordGoneAsNotFound(thrown));
  if (error instanceof UnauthenticatedError) return errorResponse(request, 401, error.message);
  if (error instanceof PasswordChangeRequiredError) return errorResponse(request, 403, error.message);
  if (error instanceof NotFoundError || error instanceof ForbiddenError)
    return errorResponse(request, 404, 'Not found');
  if (error instanceof BadRequestError)
    return errorResponse(request, 400, error.message, { fieldErrors: error.fieldErrors });
  if (error instanceof ValidationError)
    return errorResponse(request, 422, error.message, { fieldErrors: error.fieldErrors });
  if (error instanceof ConflictError) return errorResponse(request, 409, error.message);
  if (error instanceof ServiceUnavailableError) return errorResponse(request, 503, error.message);
  if (error instanceof UserError) return errorResponse(request, 422, error.message);
  const reference = unexpectedReference(error);
  return errorResponse(
    request,
    500,
    `Something went wrong on our side. Please try again. If it keeps happening, contact support quoting reference ${reference}.`,
    { reference },
  );
}

/**
 * A route handler: `export const GET = route({ params: z.object({ id: idSchema }) }, async (viewer, { params,
 * request }) => Response)`. Unsafe methods must come from this site (a form elsewhere cannot post with the
 * person's cookies); read a body with `jsonBody`, search parameters with `queryParams`.
 */
export function route<P extends ZodType>(
  o: RouteOptions<P>,
  handler: (viewer: Viewer, input: { params: z.output<P>; request: NextRequest }) => Promise<Response>,
): (request: NextRequest, context: RouteContext) => Promise<Response> {
  const answer = async (request: NextRequest, context: RouteContext): Promise<Response> => {
    try {
      const viewer = await authenticate(o.access);
      const origin = request.headers.get('origin');
      if (UNSAFE_METHODS.has(request.method) && origin && !sameOrigin(origin, request))
        return errorResponse(request, 403, 'Cross-site request refused');
      const params = o.params.safeParse(await context.params);
      if (!params.success) return errorResponse(request, 404, 'Not found');
      return await handler(viewer, { params: params.data, request });
    } catch (error) {
      unstable_rethrow(error);
      return routeErrorResponse(request, error);
    }
  };
  const handle = (request: NextRequest, context: RouteContext) =>
    loggedRequest(request, () => answer(request, context));
  return registerEndpoint(handle, { kind: 'route', schema: o.params, access: o.access ?? 'signed-in' });
}

/**
 * Runs a route handler with a request id on every log line it writes (the load balancer's X-Request-Id, or a new
 * one), then logs the request: method, path (no query string), status and duration. `quiet`: only failures are
 * logged (the load balancer's probes, every few seconds).
 */
export function loggedRequest(
  request: Request,
  answer: () => Promise<Response>,
  options: { quiet?: boolean } = {},
): Promise<Response> {
  const started = performance.now();
  const context = { requestId: requestIdOf(request.headers), route: new URL(request.url).pathname };
  return withRequestLog(context, async () => {
    const response = await answer();
    const fields = {
      method: request.method,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
    };
    if (response.status >= 500) log.warn('request failed', fields);
    else if (!options.quiet) log.info('request', fields);
    try {
      response.headers.set('X-Request-Id', context.requestId);
    } catch {
      // A redirect's headers are immutable; the id is still in the log.
    }
    return response;
  });
}

/**
 * A route anyone may call, for links whose token is the credential (the private calendar feed), so there is no
 * session to check: GET only, URL segments validated (anything else is a 404), typed errors mapped like route().
 * The handler must check the token itself; the endpoint tests list these routes apart.
 */
export function publicRoute<P extends ZodType>(
  o: { params: P },
  handler: (input: { params: z.output<P>; request: NextRequest }) => Promise<Response>,
): (request: NextRequest, context: RouteContext) => Promise<Response> {
  const handle = async (request: NextRequest, context: RouteContext): Promise<Response> => {
    try {
      if (request.method !== 'GET') return errorResponse(request, 405, 'Method not allowed');
      const params = o.params.safeParse(await context.params);
      if (!params.success) return errorResponse(request, 404, 'Not found');
      return await handler({ params: params.data, request });
    } catch (error) {
      unstable_rethrow(error);
      return routeErrorResponse(request, error);
    }
  };
  return registerEndpoint(handle, { kind: 'public-route', schema: o.params, access: 'public' });
}

/** A probe reads no input: its URL has no segments and its query string is ignored. */
const NO_INPUT = z.object({});

/**
 * A load balancer's probe (/healthz, /readyz): no session (the probe has none), no input read, nothing personal
 * answered, never cached. Errors are mapped like route(); only failing answers are logged.
 */
export function probeRoute(handler: () => Promise<Response>): (request: NextRequest) => Promise<Response> {
  const handle = (request: NextRequest) =>
    loggedRequest(
      request,
      async () => {
        try {
          const response = await handler();
          response.headers.set('Cache-Control', 'no-store');
          return response;
        } catch (error) {
          unstable_rethrow(error);
          return routeErrorResponse(request, error);
        }
      },
      { quiet: true },
    );
  return registerEndpoint(handle, { kind: 'probe', schema: NO_INPUT, access: 'public' });
}
