import type { NextConfig } from 'next';
import { REQUEST_BODY_MAX_BYTES } from './lib/upload-limits';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run dev` opened at http://127.0.0.1:<PORT> (the browser tests' address) may load dev resources (HMR).
  allowedDevOrigins: ['127.0.0.1'],
  // Evidence and activity file uploads go through server actions and proxy.ts (which buffers the body for the
  // action): both limits are the same, the largest file plus the rest of the form (lib/upload-limits.ts).
  experimental: {
    serverActions: { bodySizeLimit: REQUEST_BODY_MAX_BYTES },
    proxyClientMaxBodySize: REQUEST_BODY_MAX_BYTES,
  },
  // PGlite loads its wasm/data files from its own folder at run time: keep it out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
