import '@testing-library/jest-dom/vitest';
import { setRuntimeConfig } from '../config/runtime';

setRuntimeConfig({
  apiUrl: 'http://api.test',
  keycloakUrl: 'http://keycloak.test',
  realm: 'ocop',
  clientId: 'ocop-spa',
});

// antd reads these browser APIs that jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
