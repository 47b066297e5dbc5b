import { loadRuntimeConfig, runtimeConfig } from './runtime';

function serve(body: unknown, status = 200): typeof fetch {
  return (() => Promise.resolve(new Response(JSON.stringify(body), { status }))) as typeof fetch;
}

describe('runtime config', () => {
  it('reads config.json and drops trailing slashes', async () => {
    await loadRuntimeConfig(
      serve({
        apiUrl: 'https://api.example/',
        keycloakUrl: 'https://id.example/',
        realm: 'ocop',
        clientId: 'ocop-spa',
      }),
    );
    expect(runtimeConfig()).toEqual({
      apiUrl: 'https://api.example',
      keycloakUrl: 'https://id.example',
      realm: 'ocop',
      clientId: 'ocop-spa',
    });
  });

  it('names what is missing', async () => {
    await expect(loadRuntimeConfig(serve({ apiUrl: 'x', realm: 'ocop' }))).rejects.toThrow(
      'config.json lacks keycloakUrl, clientId',
    );
  });

  it('fails clearly when the file is not served', async () => {
    await expect(loadRuntimeConfig(serve({}, 404))).rejects.toThrow('config.json: HTTP 404');
  });
});
