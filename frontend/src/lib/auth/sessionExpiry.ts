/** Set when the API answers 401 to a signed-in user (the session ended in Keycloak): the app asks to log in again. */
let expired = false;
const listeners = new Set<() => void>();

export const sessionExpiry = {
  isExpired: (): boolean => expired,
  markExpired(): void {
    if (expired) return;
    expired = true;
    listeners.forEach((l) => l());
  },
  reset(): void {
    expired = false;
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
