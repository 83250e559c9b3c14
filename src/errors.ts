/**
 * An error whose message is safe to show to the user as it is (bad input, missing document,
 * unusable config). Anything else is a bug or an outage: it is logged with its context and the
 * user sees a short generic reply.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
