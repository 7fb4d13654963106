// An HTTP answer the page cannot use, with the server's own `{ error }` message when it gave one.
export class ApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }

  /** 401/403: the session cookie is missing or stale; retrying will not help until the screen is relaunched. */
  get isAuth(): boolean {
    return this.status === 401 || this.status === 403;
  }
}
