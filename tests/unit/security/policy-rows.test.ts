/** @jest-environment node */
// Every endpoint has a row in the security policy table (tests/security/policy.ts): the pages, route handlers and
// server actions in the build (`.next` manifests, when there is a build) and in the source. A new endpoint without
// a row fails here, and the authorisation matrix and bad-input suites then cover it from its row.
import { buildEndpoints, hasBuild, sourceEndpoints, type Endpoint } from '../../helpers/endpoints';
import { ACTIONS, KIND_SCOPES, PAGES, policyRowOf, ROUTES } from '../../security/policy';

const source = sourceEndpoints();
const build = hasBuild() ? buildEndpoints() : [];
const keys = (endpoints: Endpoint[]) => [...new Set(endpoints.map((e) => e.key))].sort();

describe('security policy rows', () => {
  it('finds the endpoints (the enumeration itself works)', () => {
    expect(source.filter((e) => e.kind === 'page').length).toBeGreaterThanOrEqual(100);
    expect(source.filter((e) => e.kind === 'route').length).toBeGreaterThanOrEqual(20);
    expect(source.filter((e) => e.kind === 'action').length).toBeGreaterThanOrEqual(80);
    console.log(
      `${source.length} endpoints in the source` + (hasBuild() ? `, ${build.length} in the build` : ' (no build)'),
    );
  });

  it('has a row for every endpoint in the source', () => {
    expect(keys(source).filter((key) => !policyRowOf(key))).toEqual([]);
  });

  it('has a row for every endpoint in the build', () => {
    expect(keys(build).filter((key) => !policyRowOf(key))).toEqual([]);
  });

  it('has no row for an endpoint that no longer exists', () => {
    const known = new Set(keys(source));
    const rows = [
      ...Object.keys(PAGES).map((p) => `page ${p}`),
      ...Object.keys(ROUTES),
      ...Object.keys(ACTIONS).map((a) => `action ${a}`),
    ];
    expect(rows.filter((key) => !known.has(key))).toEqual([]);
  });

  it('names only known kinds of record, and only URL segments the endpoint has', () => {
    const problems: string[] = [];
    for (const endpoint of source) {
      const row = policyRowOf(endpoint.key)!;
      for (const kind of Object.values(row.ids ?? {}))
        if (!(kind in KIND_SCOPES)) problems.push(`${endpoint.key}: ${kind}`);
      if (endpoint.kind === 'action') continue;
      const segments = [...endpoint.path.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]!).sort();
      const named = [...Object.keys(row.ids ?? {}), ...Object.keys(row.fixed ?? {})].sort();
      if (row.skipMatrix) continue;
      if (segments.join() !== named.join())
        problems.push(`${endpoint.key}: segments ${segments} but row names ${named}`);
    }
    expect(problems).toEqual([]);
  });
});
