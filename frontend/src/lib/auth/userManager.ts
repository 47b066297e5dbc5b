import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { runtimeConfig } from '../../config/runtime';

/** Where Keycloak sends the browser back after login: the callback route restores the page the user asked for. */
export const CALLBACK_PATH = '/auth/callback';

/** Authorization code + PKCE against realm ocop; the access token is renewed silently with the refresh token. */
function createUserManager(): UserManager {
  const { keycloakUrl, realm, clientId } = runtimeConfig();
  const origin = window.location.origin;
  return new UserManager({
    authority: `${keycloakUrl}/realms/${realm}`,
    client_id: clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    // A Keycloak that accepts connections but never answers must end in the "cannot reach" page, not a spinner.
    requestTimeoutInSeconds: 10,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export const userManager = createUserManager();

/** The bearer token for API calls, or undefined when nobody is signed in or the token has run out. */
export async function currentAccessToken(): Promise<string | undefined> {
  const user = await userManager.getUser();
  return user && !user.expired ? user.access_token : undefined;
}
