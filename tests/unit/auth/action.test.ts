/** @jest-environment node */
// The action and route wrappers: who may call, what bad input gets, how lib/'s typed errors are answered.
import { NextRequest } from 'next/server';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import type { Viewer } from '@/lib/auth/viewer';
import { ConflictError, ForbiddenError, NotFoundError, UserError, ValidationError } from '@/lib/errors';
import { currentRequestLog, log, type RequestLogContext } from '@/lib/log';
import { idSchema, nameSchema } from '@/lib/validation';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({ getViewer: async () => current }));

// Imported after the mock so the guards read the fake session.
import {
  buttonAction,
  endpointSchemaOf,
  probeRoute,
  formAction,
  jsonBody,
  publicFormAction,
  publicRoute,
  route,
} from '@/lib/auth/action';

const viewer = (over: Partial<Viewer> = {}): Viewer => ({
  id: 7,
  username: 'learner',
  firstName: 'Sam',
  lastName: 'Taylor',
  email: null,
  organisationId: 1,
  isSiteAdmin: false,
  ldTeamIds: [],
  isManager: false,
  mustChangePassword: false,
  authMethod: 'MANUAL',
  ...over,
});

const form = (fields: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of [v].flat()) fd.append(k, item);
  return fd;
};

const schema = z.object({ id: idSchema, name: nameSchema(50, { label: 'Name' }) });
const calls: unknown[] = [];
const save = formAction(schema, async (v, input) => {
  calls.push([v.id, input]);
  return { ok: true, message: `Saved ${input.name}.` };
});

let logError: jest.SpyInstance;
let logInfo: jest.SpyInstance;
beforeEach(() => {
  current = viewer();
  calls.length = 0;
  logError = jest.spyOn(log, 'error').mockImplementation(() => undefined);
  logInfo = jest.spyOn(log, 'info').mockImplementation(() => undefined);
});
afterEach(() => {
  logError.mockRestore();
  logInfo.mockRestore();
});

describe('formAction', () => {
  it('runs each action under a log context of its own that carries the viewer id', async () => {
    const seen: (RequestLogContext | undefined)[] = [];
    const act = formAction(schema, async () => {
      seen.push(currentRequestLog());
      return { ok: true };
    });
    await act(undefined, form({ id: '1', name: 'Ada' }));
    await act(undefined, form({ id: '1', name: 'Ada' }));
    expect(seen[0]).toEqual({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), route: 'server action', userId: 7 });
    expect(seen[1]!.requestId).not.toBe(seen[0]!.requestId);
    expect(currentRequestLog()).toBeUndefined();
  });

  it('calls lib/ with the parsed input and returns its result', async () => {
    expect(await save(undefined, form({ id: '12', name: ' Ada ' }))).toEqual({ ok: true, message: 'Saved Ada.' });
    expect(calls).toEqual([[7, { id: 12, name: 'Ada' }]]);
  });

  it('refuses anyone without a session before reading the form', async () => {
    current = null;
    const result = await save(undefined, form({ id: 'abc', name: 'Ada' }));
    expect(result).toMatchObject({ ok: false, message: 'Your session has ended. Please sign in again.' });
    expect(calls).toEqual([]);
  });

  it('refuses someone on a temporary password, except where changing it is allowed', async () => {
    current = viewer({ mustChangePassword: true });
    expect(await save(undefined, form({ id: '1', name: 'Ada' }))).toMatchObject({
      ok: false,
      message: 'You need to change your temporary password before you can do this.',
    });
    expect(calls).toEqual([]);
    const change = formAction({ schema, access: 'temporary-password' }, async () => ({ ok: true }));
    expect(await change(undefined, form({ id: '1', name: 'Ada' }))).toEqual({ ok: true });
  });

  it('answers invalid input with field messages and keeps what was typed (secrets excepted)', async () => {
    const withSecret = formAction({ schema, secret: ['password'], invalidMessage: 'Check it' }, async () => ({
      ok: true,
    }));
    const result = await withSecret(undefined, form({ id: ' 7 ', name: '', password: 'hunter2' }));
    expect(result).toEqual({
      ok: false,
      message: 'Check it',
      fieldErrors: { id: expect.any(String), name: 'Enter name' },
      values: { id: ' 7 ', name: '' },
    });
  });

  it('refuses a NUL byte in any field, even one the schema does not read', async () => {
    const result = await save(undefined, form({ id: '1', name: 'Ada', other: 'a\u0000b' }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { other: expect.stringMatching(/control character/) } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['not found', new NotFoundError(), 'We could not find that page or record.'],
    ['forbidden', new ForbiddenError(), 'You do not have permission to do that.'],
    ['conflict', new ConflictError('That name is taken.'), 'That name is taken.'],
    ['a user error', new UserError('The session is full.'), 'The session is full.'],
  ])('shows the message of %s from lib/', async (_label, error, message) => {
    const failing = formAction(schema, async () => {
      throw error;
    });
    expect(await failing(undefined, form({ id: '1', name: 'Ada' }))).toEqual({
      ok: false,
      message,
      fieldErrors: {},
      values: { id: '1', name: 'Ada' },
    });
  });

  it('puts a ValidationError or a ZodError from lib/ next to the fields', async () => {
    const validation = formAction(schema, async () => {
      throw new ValidationError({ name: 'Already used' });
    });
    expect(await validation(undefined, form({ id: '1', name: 'Ada' }))).toMatchObject({
      fieldErrors: { name: 'Already used' },
    });
    const zod = formAction(schema, async () => ({ ok: true, data: idSchema.parse('0x10') }));
    expect(await zod(undefined, form({ id: '1', name: 'Ada' }))).toMatchObject({
      ok: false,
      fieldErrors: { _form: expect.any(String) },
    });
  });

  it('logs an unexpected error with a reference and shows only a generic message with it', async () => {
    const failing = formAction(schema, async () => {
      throw new Error('connect ECONNREFUSED db.internal:5432');
    });
    const result = await failing(undefined, form({ id: '1', name: 'Ada' }));
    expect(result.ok).toBe(false);
    const reference = /reference ([0-9a-f]{8})/.exec(result.ok ? '' : result.message)?.[1];
    expect(reference).toBeDefined();
    expect(result.ok ? '' : result.message).not.toMatch(/ECONNREFUSED|db\.internal/);
    expect(logError).toHaveBeenCalledWith('unexpected error', expect.any(Error), { reference });
  });

  it("lets Next's redirect() and notFound() through", async () => {
    const redirecting = formAction(schema, async () => redirect('/done'));
    await expect(redirecting(undefined, form({ id: '1', name: 'Ada' }))).rejects.toMatchObject({
      digest: expect.stringContaining('NEXT_REDIRECT'),
    });
    const missing = formAction(schema, async () => notFound());
    await expect(missing(undefined, form({ id: '1', name: 'Ada' }))).rejects.toMatchObject({
      digest: expect.stringContaining('404'),
    });
  });
});

describe('publicFormAction', () => {
  it('runs without a session and still validates', async () => {
    current = null;
    const ask = publicFormAction(z.object({ email: z.email() }), async ({ email }) => ({ ok: true, message: email }));
    expect(await ask(undefined, form({ email: 'a@b.org' }))).toEqual({ ok: true, message: 'a@b.org' });
    expect(await ask(undefined, form({ email: 'nope' }))).toMatchObject({ ok: false, values: { email: 'nope' } });
  });
});

describe('buttonAction', () => {
  const removed: number[] = [];
  const remove = buttonAction(z.object({ id: idSchema }), async (_v, { id }) => {
    if (id === 404) throw new NotFoundError();
    if (id === 403) throw new ForbiddenError();
    if (id === 500) throw new Error('boom');
    removed.push(id);
  });

  it('runs for a signed-in person and refuses anyone else', async () => {
    await remove(form({ id: '5' }));
    expect(removed).toEqual([5]);
    current = null;
    await expect(remove(form({ id: '6' }))).rejects.toBeInstanceOf(UserError);
    current = viewer({ mustChangePassword: true });
    await expect(remove(form({ id: '6' }))).rejects.toThrow(/temporary password/);
    expect(removed).toEqual([5]);
  });

  it.each(['abc', '404', '403'])('gives "not found" for id %s', async (id) => {
    await expect(remove(form({ id }))).rejects.toMatchObject({ digest: expect.stringContaining('404') });
  });

  it('gives the error page a logged reference for an unexpected error', async () => {
    const error = await remove(form({ id: '500' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ digest: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(logError).toHaveBeenCalledWith('unexpected error', expect.any(Error), {
      reference: (error as { digest: string }).digest,
    });
  });
});

describe('route', () => {
  const seen: unknown[] = [];
  const GET = route({ params: z.object({ id: idSchema }) }, async (v, { params }) => {
    if (params.id === 404) throw new NotFoundError();
    if (params.id === 403) throw new ForbiddenError();
    if (params.id === 422) throw new UserError('Closed.');
    if (params.id === 500) throw new Error('secret internals');
    seen.push([v.id, params.id]);
    return new Response('file');
  });
  const POST = route({ params: z.object({ id: idSchema }) }, async (_v, { request }) =>
    Response.json(await jsonBody(request, z.object({ page: idSchema }))),
  );
  const call = (handler: typeof GET, id: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) =>
    handler(new NextRequest(`http://app.test/x/${id}`, init), { params: Promise.resolve({ id }) });

  beforeEach(() => (seen.length = 0));

  it('serves a signed-in person', async () => {
    const response = await call(GET, '9');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('file');
    expect(seen).toEqual([[7, 9]]);
  });

  it('answers 401 without a session and 403 on a temporary password, before looking at anything', async () => {
    current = null;
    expect((await call(GET, '9')).status).toBe(401);
    current = viewer({ mustChangePassword: true });
    const response = await call(GET, '9');
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/temporary password/);
    expect(seen).toEqual([]);
  });

  it.each(['abc', '0', '0x10', ' 7 ', '1e3', '99999999999', '-1'])('answers 404 for the id %p', async (id) => {
    expect((await call(GET, id)).status).toBe(404);
  });

  it('answers 404 for records that are missing or not the viewer’s, 422 for a refusal', async () => {
    expect((await call(GET, '404')).status).toBe(404);
    expect((await call(GET, '403')).status).toBe(404);
    const refused = await call(GET, '422', { headers: { accept: 'application/json' } });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({ error: 'Closed.' });
  });

  it('answers an unexpected error with a generic message and the logged reference', async () => {
    const response = await call(GET, '500', { headers: { accept: 'application/json' } });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: string; reference: string };
    expect(body.error).toContain(body.reference);
    expect(body.error).not.toMatch(/secret internals/);
    expect(logError).toHaveBeenCalledWith('unexpected error', expect.any(Error), { reference: body.reference });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs each request once: method, status and duration, under its request id (no query string)', async () => {
    const response = await call(GET, '1', { headers: { 'x-request-id': 'lb-req-000111' } });
    expect(response.headers.get('x-request-id')).toBe('lb-req-000111');
    expect(logInfo).toHaveBeenCalledTimes(1);
    expect(logInfo).toHaveBeenCalledWith('request', {
      method: 'GET',
      status: response.status,
      durationMs: expect.any(Number),
    });
  });

  it('reads a JSON body with its schema: 400 for anything else, cross-site posts refused', async () => {
    const json = (body: string, headers: Record<string, string> = {}) =>
      call(POST, '1', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
    expect(await (await json('{"page":3}')).json()).toEqual({ page: 3 });
    expect((await json('{"page":"x"}')).status).toBe(400);
    expect((await json('not json')).status).toBe(400);
    expect((await json('{"page":1,"note":"a\\u0000"}')).status).toBe(400);
    expect((await call(POST, '1', { method: 'POST', body: 'page=3' })).status).toBe(400);
    expect((await json('{"page":3}', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await json('{"page":3}', { origin: 'http://app.test' })).status).toBe(200);
  });
});

describe('endpoint registry', () => {
  it("records each wrapper's schema and access, for the security tier", () => {
    const schema = z.object({ id: idSchema });
    const handler = async () => ({ ok: true as const });
    expect(endpointSchemaOf(formAction(schema, handler))).toMatchObject({ kind: 'form', schema, access: 'signed-in' });
    expect(endpointSchemaOf(formAction({ schema, access: 'temporary-password' }, handler))).toMatchObject({
      access: 'temporary-password',
    });
    expect(endpointSchemaOf(publicFormAction(schema, handler))).toMatchObject({
      kind: 'public-form',
      access: 'public',
    });
    expect(endpointSchemaOf(buttonAction(schema, async () => {}))).toMatchObject({ kind: 'button', schema });
    const params = z.object({ id: idSchema });
    expect(endpointSchemaOf(route({ params }, async () => new Response()))).toMatchObject({
      kind: 'route',
      schema: params,
    });
    expect(endpointSchemaOf(publicRoute({ params }, async () => new Response()))).toMatchObject({
      kind: 'public-route',
      access: 'public',
    });
    expect(endpointSchemaOf(probeRoute(async () => new Response()))).toMatchObject({ kind: 'probe', access: 'public' });
    expect(endpointSchemaOf(async () => {})).toBeUndefined();
    expect(endpointSchemaOf('not a function')).toBeUndefined();
  });
});

// Found by the security tier's bad-input payloads (issue 15): two deletes of one record at once left the second
// with Prisma's P2025 (a 500 and "Something went wrong"), and JSON nested 5,000 deep overflowed the stack (a 500).
describe('a record gone by the time it is written, and very deep input', () => {
  const gone = Object.assign(new Error('No record was found for a delete.'), { code: 'P2025' });

  it('is "not found" for a button, a form and a route, not an unexpected error', async () => {
    const remove = buttonAction(z.object({ id: idSchema }), async () => {
      throw gone;
    });
    await expect(remove(form({ id: '8' }))).rejects.toMatchObject({ digest: expect.stringContaining('404') });
    const save = formAction(z.object({ id: idSchema }), async () => {
      throw gone;
    });
    const result = await save(undefined, form({ id: '8' }));
    expect(result).toMatchObject({ ok: false });
    expect(result.ok === false && result.message).not.toMatch(/went wrong/);
    const GET = route({ params: z.object({ id: idSchema }) }, async () => {
      throw gone;
    });
    const response = await GET(new NextRequest('http://app.test/x/8'), { params: Promise.resolve({ id: '8' }) });
    expect(response.status).toBe(404);
  });

  it('answers 400 to JSON nested thousands deep', async () => {
    const POST = route({ params: z.object({ id: idSchema }) }, async (_v, { request }) =>
      Response.json(await jsonBody(request, z.object({ page: idSchema }))),
    );
    const response = await POST(
      new NextRequest('http://app.test/x/1', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '['.repeat(5000) + ']'.repeat(5000),
      }),
      { params: Promise.resolve({ id: '1' }) },
    );
    expect(response.status).toBe(400);
  });
});
