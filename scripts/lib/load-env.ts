// Load .env files the way Next.js does, so CLI scripts and the app see the same configuration.
import { loadEnvConfig } from '@next/env';

export function loadEnv(): void {
  loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', { info: () => {}, error: console.error });
}
