/**
 * The precompiled validators of the partnerships and the timeline, to add to those of
 * `@pact/sdk/validate` when a page shows them:
 *
 * ```ts
 * import { validators } from '@pact/sdk/validate';
 * import { contentValidators } from '@pact/sdk/validate-content';
 * const pact = createClient({ baseUrl, validate: { ...validators, ...contentValidators } });
 * ```
 * @packageDocumentation
 * @module @pact/sdk/validate-content
 */
import { eventValidator, partnershipValidator } from '@pact/schema/validate-content';
import type { Validators } from './client.js';

/** The validators of `partnerships` and `events` responses. */
export const contentValidators: Required<Pick<Validators, 'partnership' | 'event'>> = {
  partnership: partnershipValidator,
  event: eventValidator,
};
