// Reads a SCORM imsmanifest.xml: the version (1.2 or 2004), the title and the launch file. Pure: takes the XML.
import { XMLParser } from 'fast-xml-parser';
import { UserError } from '@/lib/errors';
import type { ScormVersionName } from './rules';

export type ManifestInfo = {
  version: ScormVersionName;
  /** "1.2", "2004 3rd Edition", "2004 4th Edition", or what the manifest says. */
  schemaVersion: string;
  title: string;
  /** Path of the launch file inside the package, without query string. */
  launchPath: string;
  /** Query string the manifest adds to the launch file ("?lang=en"), or "". */
  launchQuery: string;
  identifier: string;
};

type Node = Record<string, unknown>;
const ARRAYS = new Set(['organization', 'item', 'resource', 'file']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  isArray: (name) => ARRAYS.has(name),
});

const obj = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {});
const arr = (v: unknown): Node[] => (Array.isArray(v) ? v.map(obj) : v ? [obj(v)] : []);
function text(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  const node = obj(v);
  return typeof node['#text'] === 'string' ? node['#text'].trim() : '';
}

function firstLaunchItem(items: Node[]): Node | null {
  for (const item of items) {
    if (typeof item['@identifierref'] === 'string' && item['@isvisible'] !== 'false') return item;
    const child = firstLaunchItem(arr(item.item));
    if (child) return child;
  }
  return null;
}

function detectVersion(manifest: Node, schemaVersion: string, xml: string): ScormVersionName | null {
  const v = schemaVersion.toLowerCase();
  if (v === '1.2') return 'SCORM_12';
  if (v.startsWith('2004') || v === 'cam 1.3') return 'SCORM_2004';
  // No schemaversion: fall back to the namespaces the manifest declares.
  if (/adlcp_rootv1p2/i.test(xml)) return 'SCORM_12';
  if (/adlcp_v1p3/i.test(xml)) return 'SCORM_2004';
  void manifest;
  return null;
}

/** Normalises a package-relative path ("./a/../b.html" → "b.html"); null when it leaves the package. */
export function normalisePackagePath(input: string): string | null {
  const parts: string[] = [];
  for (const part of input.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : null;
}

/** Parses the manifest; a UserError explains what is wrong with a package that cannot be launched. */
export function parseManifest(xml: string): ManifestInfo {
  let doc: Node;
  try {
    doc = obj(parser.parse(xml, true));
  } catch {
    throw new UserError('The package’s imsmanifest.xml is not valid XML, so it cannot be read.');
  }
  const manifest = obj(doc.manifest);
  if (Object.keys(manifest).length === 0) {
    throw new UserError('The package’s imsmanifest.xml has no <manifest> element, so it is not a SCORM package.');
  }
  const schemaVersion = text(obj(manifest.metadata).schemaversion);
  const version = detectVersion(manifest, schemaVersion, xml);
  if (!version) {
    throw new UserError(
      `This package does not say it is SCORM 1.2 or SCORM 2004${schemaVersion ? ` (it says "${schemaVersion}")` : ''}. ` +
        'iLearn+ plays SCORM 1.2 and SCORM 2004 packages.',
    );
  }
  const organizations = obj(manifest.organizations);
  const orgList = arr(organizations.organization);
  const defaultId = typeof organizations['@default'] === 'string' ? organizations['@default'] : null;
  const org = orgList.find((o) => o['@identifier'] === defaultId) ?? orgList[0] ?? null;
  const resources = arr(obj(manifest.resources).resource);
  const base = typeof obj(manifest.resources)['@base'] === 'string' ? String(obj(manifest.resources)['@base']) : '';

  const item = org ? firstLaunchItem(arr(org.item)) : null;
  let resource: Node | undefined;
  if (item) resource = resources.find((r) => r['@identifier'] === item['@identifierref']);
  resource ??= resources.find(
    (r) => typeof r['@href'] === 'string' && String(r['@scormtype'] ?? r['@scormType'] ?? '').toLowerCase() === 'sco',
  );
  resource ??= resources.find((r) => typeof r['@href'] === 'string');
  if (!resource || typeof resource['@href'] !== 'string' || !resource['@href'].trim()) {
    throw new UserError('The package’s manifest does not name a launch file (no resource with an href).');
  }
  const href = `${typeof resource['@base'] === 'string' ? resource['@base'] : ''}${resource['@href']}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    throw new UserError(
      'The package’s launch file points to another web site; iLearn+ only plays files inside the package.',
    );
  }
  const [pathPart = '', ...rest] = `${base}${href}`.split('?');
  const params = typeof item?.['@parameters'] === 'string' ? item['@parameters'].replace(/^\?/, '') : '';
  const query = [rest.join('?'), params].filter(Boolean).join('&');
  const launchPath = normalisePackagePath(decodeURIComponent(pathPart.split('#')[0] ?? ''));
  if (!launchPath) throw new UserError('The package’s launch file path points outside the package.');
  const title = text(org?.title) || text(item?.title) || 'eLearning';
  return {
    version,
    schemaVersion: schemaVersion || (version === 'SCORM_12' ? '1.2' : '2004'),
    title: title.slice(0, 200),
    launchPath,
    launchQuery: query ? `?${query}` : '',
    identifier: typeof manifest['@identifier'] === 'string' ? manifest['@identifier'] : '',
  };
}
