// Child process of tests/bench/scorm.bench.ts: receives a package file as a stream, validates and unpacks it into a
// local object store, exactly as an upload does (lib/scorm/package.ts), and prints the seconds it took and the
// process's peak resident memory before and after (KB), so the parent can report the extra memory it needed.
// usage: tsx tests/bench/helpers/upload-package.ts <package.zip> <store folder>
import { createReadStream } from 'node:fs';
import { DEFAULT_LIMITS, receiveUpload, storePackageFile } from '@/lib/scorm/package';
import { createLocalObjectStore } from '@/lib/storage/local-objects';

async function main() {
  const [file, root] = process.argv.slice(2);
  if (!file || !root) throw new Error('usage: upload-package.ts <package.zip> <store folder>');
  const store = createLocalObjectStore(root);
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const upload = await receiveUpload(createReadStream(file), DEFAULT_LIMITS);
  try {
    const info = await storePackageFile(upload.file, store, 'scorm/bench', DEFAULT_LIMITS);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `${JSON.stringify({ seconds, before, after: process.resourceUsage().maxRSS, files: info.fileCount, bytes: info.sizeBytes })}\n`,
    );
  } finally {
    await upload.cleanup();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
