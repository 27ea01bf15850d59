/**
 * The precompiled validators for `createClient({ validate: validators })`: a separate entry, so that
 * the core stays small. They are Ajv standalone code: nothing is compiled or evaluated at run time.
 *
 * ```ts
 * import { createClient } from '@pact/sdk';
 * import { validators } from '@pact/sdk/validate';
 * const pact = createClient({ baseUrl: 'https://api.example.org/v1', validate: validators });
 * ```
 * @packageDocumentation
 * @module @pact/sdk/validate
 */
import * as schema from '@pact/schema/validate';
import type { Validators } from './client.js';

export type { Validators } from './client.js';

/** Every schema the client checks, by kind of response. */
export const validators: Validators = {
  partner: schema.partnerValidator,
  project: schema.projectValidator,
  pillar: schema.pillarValidator,
  route: schema.routeValidator,
  region: schema.regionValidator,
  meta: schema.metaValidator,
  topology: schema.topologyValidator,
  flowSet: schema.flowSetValidator,
};
