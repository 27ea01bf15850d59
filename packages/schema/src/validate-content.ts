/**
 * Precompiled validators of the partnerships and the timeline (Ajv standalone code, like those of
 * `@pact/schema/validate`), in a module of their own so that pages that do not show them do not load
 * them.
 */
import { validatePartnership, validateTimelineEvent } from '../generated/content-validators.js';
import type { Partnership, TimelineEvent } from './model.js';
import { validator } from './validate.js';

export const partnershipValidator = validator<Partnership>('Partnership', validatePartnership);
export const eventValidator = validator<TimelineEvent>('TimelineEvent', validateTimelineEvent);
