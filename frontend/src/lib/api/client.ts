import createClient, { type Middleware } from 'openapi-fetch';
import { runtimeConfig } from '../../config/runtime';
import { currentAccessToken } from '../auth/userManager';
import { ApiError, toProblem } from './problem';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** Adds the bearer token of the signed-in user; public pages call without one. */
const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await currentAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

/** The one client of the backend's /api/v1, typed from openapi.yaml. */
export const api = createClient<paths>({ baseUrl: runtimeConfig().apiUrl });
api.use(bearer);

type Outcome<D> = { data?: D; error?: unknown; response: Response };

async function settle<D>(call: Promise<Outcome<D>>): Promise<{ data: D; response: Response }> {
  let outcome: Outcome<D>;
  try {
    outcome = await call;
  } catch (cause) {
    throw ApiError.unreachable(cause);
  }
  const { data, error, response } = outcome;
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
  return { data: data as D, response };
}

/** The body of a successful call; a problem (or an unreachable server) is thrown as ApiError. */
export async function unwrap<D>(call: Promise<Outcome<D>>): Promise<Exclude<D, undefined>> {
  return (await settle(call)).data as Exclude<D, undefined>;
}

/** A versioned resource and its ETag, which an update sends back as If-Match. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

export async function unwrapVersioned<D>(
  call: Promise<Outcome<D>>,
): Promise<Versioned<Exclude<D, undefined>>> {
  const { data, response } = await settle(call);
  return { data: data as Exclude<D, undefined>, etag: response.headers.get('ETag') ?? '' };
}

/** A file the API answers with (exports, evidence, photos), fetched with the token and handed to the browser. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const headers = new Headers();
  const token = await currentAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(`${runtimeConfig().apiUrl}${path}`, { headers });
  } catch (cause) {
    throw ApiError.unreachable(cause);
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw new ApiError(response.status, toProblem(response.status, body));
  }
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(
    response.headers.get('Content-Disposition') ?? '',
  )?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ? decodeURIComponent(name) : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
