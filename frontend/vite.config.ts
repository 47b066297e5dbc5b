/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The security headers that nginx sends in the image (docker/40-ocop-config.sh), for the served build: the CSP of
 * content-security-policy.txt with the API and Keycloak origins of the config.json being served.
 */
function securityHeaders(configFile: string): Record<string, string> {
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as { apiUrl: string; keycloakUrl: string };
  const csp = readFileSync('content-security-policy.txt', 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .join('; ')
    .replaceAll('${OCOP_API_URL}', config.apiUrl)
    .replaceAll('${OCOP_KEYCLOAK_URL}', config.keycloakUrl);
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  };
}

// Runtime settings (API and Keycloak URLs) are not baked in: public/config.json is read at start. The dev server
// sends no CSP: React Refresh injects an inline script there; the build that make run and the browser tests serve
// (vite preview) has the production headers.
export default defineConfig(({ isPreview }) => ({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true, headers: isPreview ? securityHeaders('dist/config.json') : {} },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    manifest: true,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
}));
