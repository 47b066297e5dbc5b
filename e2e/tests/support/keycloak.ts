/** The realm the backend trusts, and tokens of the demo callers, as the backend's tests get them (TestUsers). */
export const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
const TOKEN_URL = `${KEYCLOAK_URL}/realms/ocop/protocol/openid-connect/token`;

export const DEMO_PASSWORD = 'demo';
export const INTEGRATOR = { clientId: 'ocop-integrator-demo', secret: 'ocop-integrator-demo-secret' };

/** A person's access token through the password grant of the public client ocop-spa (demo and tests only). */
export async function userToken(username: string): Promise<string> {
  return token({ grant_type: 'password', client_id: 'ocop-spa', username, password: DEMO_PASSWORD, scope: 'openid' });
}

/** The demo integrator's access token through the client credentials grant. */
export async function integratorToken(): Promise<string> {
  return token({ grant_type: 'client_credentials', client_id: INTEGRATOR.clientId, client_secret: INTEGRATOR.secret });
}

async function token(form: Record<string, string>): Promise<string> {
  const response = await fetch(TOKEN_URL, { method: 'POST', body: new URLSearchParams(form) });
  if (!response.ok) {
    throw new Error(`Keycloak refused ${form.grant_type}: ${response.status} ${await response.text()}`);
  }
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}
