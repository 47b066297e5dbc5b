import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
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

/**
 * Access tokens last 5 minutes. automaticSilentRenew renews a minute before the end, but a background tab's timers are
 * throttled: a call renews first (with the refresh token) when less than this is left, so no call carries a token
 * that runs out on its way.
 */
export const RENEW_BEFORE_SECONDS = 30;
let renewing: Promise<User | null> | undefined;

/** The bearer token for API calls, or undefined when nobody is signed in or the session has ended. */
export async function currentAccessToken(): Promise<string | undefined> {
  let user = await userManager.getUser();
  if (user && (user.expires_in ?? 0) < RENEW_BEFORE_SECONDS) {
    // One renewal for the calls that start together; a failed one (session ended) leaves the expired user.
    renewing ??= userManager
      .signinSilent()
      .catch(() => null)
      .finally(() => (renewing = undefined));
    user = (await renewing) ?? user;
  }
  return user && !user.expired ? user.access_token : undefined;
}
