// Validates a SCORM package zip as a stream and unpacks it into the object store. Nothing is stored until the
// whole central directory and the manifest have passed; if unpacking fails half-way, what was written is removed.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { UserError } from '@/lib/errors';
import type { ObjectStore } from '@/lib/storage/object-types';
import { contentTypeOf } from './content-types';
import { normalisePackagePath, parseManifest, type ManifestInfo } from './manifest';

export type PackageLimits = {
  maxUploadBytes: number;
  maxUnzippedBytes: number;
  maxFiles: number;
  /** Largest uncompressed:compressed ratio accepted for the whole package (zip bombs). */
  maxCompressionRatio: number;
};

export const DEFAULT_LIMITS: PackageLimits = {
  maxUploadBytes: 500 * 1024 * 1024,
  maxUnzippedBytes: 1024 * 1024 * 1024,
  maxFiles: 10_000,
  maxCompressionRatio: 50,
};

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MB = 1024 * 1024;
const mb = (n: number) => (n >= MB ? `${Math.round(n / MB)} MB` : `${Math.ceil(n / 1024)} KB`);

export type UnpackedPackage = ManifestInfo & { sizeBytes: number; fileCount: number };

/** Writes an upload stream to a temporary file, refusing it as soon as it passes the size limit. */
export async function receiveUpload(
  body: Readable,
  limits: Pick<PackageLimits, 'maxUploadBytes'>,
): Promise<{ file: string; size: number; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ilearn-scorm-'));
  const file = path.join(dir, 'package.zip');
  const cleanup = () => rm(dir, { recursive: true, force: true });
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > limits.maxUploadBytes) {
        callback(new UserError(`The package is larger than the ${mb(limits.maxUploadBytes)} upload limit.`));
      } else callback(null, chunk);
    },
  });
  try {
    await pipeline(body, counter, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await cleanup();
    throw error;
  }
  if (size === 0) {
    await cleanup();
    throw new UserError('The file is empty. Choose the SCORM package’s .zip file.');
  }
  return { file, size: (await stat(file)).size, cleanup };
}

function openZip(file: string): Promise<ZipFile> {
  return yauzl
    .openPromise(file, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false })
    .catch(() => {
      throw new UserError('The file is not a valid .zip file. Export the course again as a SCORM package (.zip).');
    });
}

/** Iterates the entries of an open zip one at a time. */
async function eachEntry(zip: ZipFile, visit: (entry: Entry) => Promise<void>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    zip.on('error', () => reject(new UserError('The .zip file is damaged and cannot be read.')));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: Entry) => {
      visit(entry).then(
        () => zip.readEntry(),
        (error: unknown) => reject(error),
      );
    });
    zip.readEntry();
  });
}

function entryName(entry: Entry): string {
  const raw = (entry as unknown as { fileNameRaw?: Buffer }).fileNameRaw ?? (entry.fileName as unknown as Buffer);
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, Buffer.from(raw), entry.extraFields, false);
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Checks one entry's name and type; returns its normalised name, or null for a folder entry. */
function checkEntry(entry: Entry): string | null {
  const name = entryName(entry);
  if (name.includes('\\') || name.includes('\0')) {
    throw new UserError(`The package contains a file with an invalid name ("${name.slice(0, 80)}").`);
  }
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) {
    throw new UserError(`The package contains an absolute path ("${name.slice(0, 80)}"), which is not allowed.`);
  }
  if (name.split('/').includes('..')) {
    throw new UserError(`The package contains a path that leaves the package ("${name.slice(0, 80)}").`);
  }
  const unixMode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (unixMode === S_IFLNK) {
    throw new UserError(`The package contains a symbolic link ("${name.slice(0, 80)}"), which is not allowed.`);
  }
  if (entry.isEncrypted()) throw new UserError('The package contains encrypted files; export it without a password.');
  if (name.endsWith('/')) return null;
  const normalised = normalisePackagePath(name);
  if (!normalised || normalised.split('/').some((part) => part.length > 255)) {
    throw new UserError(`The package contains a file with an invalid name ("${name.slice(0, 80)}").`);
  }
  if (!entry.canDecodeFileData()) {
    throw new UserError(`The package uses a compression method iLearn+ cannot read ("${normalised.slice(0, 80)}").`);
  }
  return normalised;
}

async function readSmall(zip: ZipFile, entry: Entry, max: number): Promise<string> {
  if (entry.uncompressedSize > max) throw new UserError(`The package’s imsmanifest.xml is larger than ${mb(max)}.`);
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Pass 1: the central directory and the manifest. Nothing is stored. */
export async function inspectPackage(file: string, limits: PackageLimits): Promise<UnpackedPackage> {
  const size = (await stat(file)).size;
  const zip = await openZip(file);
  try {
    if (zip.entryCount > limits.maxFiles) {
      throw new UserError(`The package has ${zip.entryCount} files; the limit is ${limits.maxFiles}.`);
    }
    const names = new Set<string>();
    let total = 0;
    let manifestXml: string | null = null;
    await eachEntry(zip, async (entry) => {
      const name = checkEntry(entry);
      if (!name) return;
      if (names.has(name.toLowerCase())) throw new UserError(`The package contains "${name.slice(0, 80)}" twice.`);
      names.add(name.toLowerCase());
      total += entry.uncompressedSize;
      if (total > limits.maxUnzippedBytes) {
        throw new UserError(`Unpacked, the package is larger than the ${mb(limits.maxUnzippedBytes)} limit.`);
      }
      if (name === 'imsmanifest.xml') manifestXml = await readSmall(zip, entry, MAX_MANIFEST_BYTES);
    });
    if (total > size * limits.maxCompressionRatio && total > MB) {
      throw new UserError(
        `The package unpacks to more than ${limits.maxCompressionRatio} times its size, which is not allowed (a “zip bomb”).`,
      );
    }
    if (manifestXml === null) {
      throw new UserError(
        'The package has no imsmanifest.xml at the top level of the zip. Zip the contents of the course folder, ' +
          'not the folder itself, or export the course again as SCORM.',
      );
    }
    const info = parseManifest(manifestXml);
    if (!names.has(info.launchPath.toLowerCase())) {
      throw new UserError(`The manifest’s launch file "${info.launchPath}" is not in the package.`);
    }
    return { ...info, sizeBytes: total, fileCount: names.size };
  } finally {
    zip.close();
  }
}

/** Counts bytes as they pass and stops at the declared size (a lying header cannot inflate beyond it). */
function limitTo(max: number, name: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > max) callback(new UserError(`"${name.slice(0, 80)}" is larger than the package says.`));
      else callback(null, chunk);
    },
  });
}

/** Pass 2: unpacks every file under `prefix` in the store, one stream at a time. */
export async function unpackPackage(file: string, store: ObjectStore, prefix: string): Promise<void> {
  const zip = await openZip(file);
  try {
    await eachEntry(zip, async (entry) => {
      const name = checkEntry(entry);
      if (!name) return;
      const stream = await zip.openReadStreamPromise(entry);
      const body = stream.pipe(limitTo(entry.uncompressedSize, name));
      stream.on('error', () => body.destroy(new UserError(`"${name.slice(0, 80)}" in the package is damaged.`)));
      await store.put(`${prefix}/${name}`, body, { size: entry.uncompressedSize, contentType: contentTypeOf(name) });
    });
  } catch (error) {
    await store.removePrefix(prefix).catch(() => undefined);
    throw error;
  } finally {
    zip.close();
  }
}

/** Validates and unpacks a package file in one go (both passes); removes anything stored when it fails. */
export async function storePackageFile(
  file: string,
  store: ObjectStore,
  prefix: string,
  limits: PackageLimits = DEFAULT_LIMITS,
): Promise<UnpackedPackage> {
  const info = await inspectPackage(file, limits);
  await unpackPackage(file, store, prefix);
  return info;
}
