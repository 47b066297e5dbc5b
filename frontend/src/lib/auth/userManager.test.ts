import { User } from 'oidc-client-ts';
import { currentAccessToken, RENEW_BEFORE_SECONDS, userManager } from './userManager';

/** A signed-in user whose access token has `secondsLeft` to live. */
function user(token: string, secondsLeft: number): User {
  return new User({
    access_token: token,
    token_type: 'Bearer',
    profile: { sub: 'office', iss: 'http://keycloak.test/realms/ocop', aud: 'ocop-spa', exp: 0, iat: 0 },
    expires_at: Math.floor(Date.now() / 1000) + secondsLeft,
  });
}

describe('currentAccessToken', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends the token as it is while it has time left', async () => {
    vi.spyOn(userManager, 'getUser').mockResolvedValue(user('fresh', 200));
    const renew = vi.spyOn(userManager, 'signinSilent');
    expect(await currentAccessToken()).toBe('fresh');
    expect(renew).not.toHaveBeenCalled();
  });

  it('renews once, before the calls, a token about to run out', async () => {
    vi.spyOn(userManager, 'getUser').mockResolvedValue(user('old', RENEW_BEFORE_SECONDS - 5));
    const renew = vi.spyOn(userManager, 'signinSilent').mockResolvedValue(user('renewed', 300));
    expect(await Promise.all([currentAccessToken(), currentAccessToken()])).toEqual(['renewed', 'renewed']);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('sends no token when the session ended and the token ran out', async () => {
    vi.spyOn(userManager, 'getUser').mockResolvedValue(user('old', -10));
    vi.spyOn(userManager, 'signinSilent').mockRejectedValue(new Error('invalid_grant'));
    expect(await currentAccessToken()).toBeUndefined();
  });
});
