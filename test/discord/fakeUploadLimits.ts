import type { RecordedFile } from './fakeDiscordApi.ts';
import { apiError, FormErrors, invalidForm, type RouteResult } from './fakeFormErrors.ts';

/** Discord's upload limits without boosts: 10 files a message, each at most 10 MiB. */
export const UPLOAD_LIMITS = { files: 10, fileBytes: 10 * 1024 * 1024 } as const;

/** What Discord answers a message whose attachments pass its limits (50035, or 40005 "Request entity too large"); undefined when they fit. */
export function uploadLimitError(files: readonly RecordedFile[]): RouteResult | undefined {
  if (files.length > UPLOAD_LIMITS.files) {
    const errors = new FormErrors();
    errors.add(['files'], 'BASE_TYPE_MAX_LENGTH', `Must be ${UPLOAD_LIMITS.files} or fewer in length.`);
    return invalidForm(errors);
  }
  if (files.some((file) => file.size > UPLOAD_LIMITS.fileBytes))
    return apiError(413, 40005, 'Request entity too large');
  return undefined;
}
