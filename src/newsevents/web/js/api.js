// Fetch helpers. Errors from the API have one shape: {"error": {status, code, message, field}}.

export class ApiError extends Error {
  constructor(status, message, field) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

export async function getJSON(path, params) {
  const query = params && params.toString();
  const response = await fetch(path + (query ? "?" + query : ""), { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    body = null;
  }
  if (!response.ok) {
    const err = body && body.error ? body.error : { message: response.statusText };
    throw new ApiError(response.status, err.message || "request failed", err.field || null);
  }
  return body;
}
