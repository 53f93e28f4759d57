// Small process helpers for the npm scripts.
import { spawn, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
import { createPrismaNoiseFilter } from './prisma-noise';

const root = path.resolve(__dirname, '..', '..');
const preload = path.join(root, 'scripts', 'prisma-preload.cjs');

// Run a command, inheriting stdio unless told otherwise; resolves with the exit code and stdout.
export function run(
  command: string,
  args: string[],
  options: SpawnOptions & { capture?: boolean } = {},
): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
      ...options,
    });
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

// Run the Prisma CLI with the timer preload (TOOLCHAIN.md fix 4), so it exits as soon as it is done.
// `capture`: stdout is returned instead of printed; `quiet`: stderr too (returned in `stderr`).
export function runPrisma(
  args: string[],
  options: { env?: Record<string, string | undefined>; capture?: boolean; quiet?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, ...options.env };
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${preload}`.trim();
  const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env, stdio: ['inherit', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const capture = options.capture || options.quiet;
    const out = createPrismaNoiseFilter();
    const err = createPrismaNoiseFilter();
    child.stdout.on('data', (chunk: Buffer) => {
      if (capture) stdout += out.write(chunk.toString());
      else process.stdout.write(out.write(chunk.toString()));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (options.quiet) stderr += err.write(chunk.toString());
      else process.stderr.write(err.write(chunk.toString()));
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (capture) stdout += out.end();
      else process.stdout.write(out.end());
      if (options.quiet) stderr += err.end();
      else process.stderr.write(err.end());
      resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}

export async function runOrExit(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  const { code } = await run(command, args, options);
  if (code !== 0) {
    console.error(`\`${command} ${args.join(' ')}\` failed with exit code ${code}`);
    process.exit(code);
  }
}
