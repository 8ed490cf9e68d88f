// The JSON API. Every call goes to this origin; errors carry the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET /api/PATH?params as JSON. */
export async function get(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const qs = q.toString();
  const res = await fetch('/api/' + path + (qs ? '?' + qs : ''), {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  });
  if (res.status === 401) {
    location.href = '/login';
    throw new ApiError(401, 'a token is required');
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status, 'the server sent no JSON (' + res.status + ')');
  }
  if (!res.ok) throw new ApiError(res.status, (body && body.error) || 'request failed');
  return body;
}

/** The path segment for an entity name or id. */
export function entityPath(nameOrId) {
  return 'entities/' + encodeURIComponent(String(nameOrId));
}

let infoPromise = null;
/** Server facts (read-only mode, limits), fetched once. */
export function info() {
  if (!infoPromise) infoPromise = get('info');
  return infoPromise;
}
