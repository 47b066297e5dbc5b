/** Where the app finds the API and Keycloak; read from /config.json at start so one build deploys anywhere. */
export interface RuntimeConfig {
  apiUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

let current: RuntimeConfig | undefined;

export async function loadRuntimeConfig(fetchFn: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchFn(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const raw = (await response.json()) as Partial<RuntimeConfig>;
  const missing = (['apiUrl', 'keycloakUrl', 'realm', 'clientId'] as const).filter((k) => !raw[k]);
  if (missing.length) throw new Error(`config.json lacks ${missing.join(', ')}`);
  current = {
    apiUrl: raw.apiUrl!.replace(/\/$/, ''),
    keycloakUrl: raw.keycloakUrl!.replace(/\/$/, ''),
    realm: raw.realm!,
    clientId: raw.clientId!,
  };
  return current;
}

export function runtimeConfig(): RuntimeConfig {
  if (!current) throw new Error('runtime config not loaded');
  return current;
}

/** For unit tests. */
export function setRuntimeConfig(config: RuntimeConfig): void {
  current = config;
}
