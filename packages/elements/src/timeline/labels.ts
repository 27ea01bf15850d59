import { msg, str } from '../core/localize.js';
import type { AttendanceMode, Confidence, EventKind, PillarNumber } from '@pact/schema';
import type { CountForms } from '../core/count.js';

/** What each kind of timeline event is called on the page (called inside a render). */
const KIND_LABELS: Readonly<Record<EventKind, () => string>> = {
  conference: () => msg('Conference'),
  decision: () => msg('Decision'),
  declaration: () => msg('Declaration'),
  'action-plan': () => msg('Action plan'),
  'expert-working-group': () => msg('Expert working group'),
  'policy-consultative-group-meeting': () => msg('Policy Consultative Group meeting'),
  workshop: () => msg('Workshop'),
  'working-group': () => msg('Working group'),
  'programme-phase': () => msg('Programme phase'),
};

export function eventKindLabel(kind: EventKind): string {
  return KIND_LABELS[kind]();
}

/** How an event was attended, when not simply in person. */
export function attendanceLabel(mode: AttendanceMode | undefined): string {
  return mode === 'virtual' ? msg('Online') : mode === 'hybrid' ? msg('In person and online') : '';
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "Pillar II", "Pillars I and III" of the Vienna Declaration. */
export function pillarsLabel(pillars: readonly PillarNumber[], list: (items: string[]) => string): string {
  const numerals = pillars.map((n) => ROMAN[n - 1] ?? String(n));
  const roman = list(numerals);
  return numerals.length === 1 ? msg(str`Pillar ${roman}`) : msg(str`Pillars ${roman}`);
}

export function confidenceLabel(c: Confidence): string {
  return c === 'high' ? msg('high confidence') : c === 'medium' ? msg('medium confidence') : msg('low confidence');
}

/** "12 events", "12 событий". */
export const EVENTS: CountForms = {
  zero: (shown) => msg(str`${shown} events`, { id: 'events.count.zero' }),
  one: (shown) => msg(str`${shown} event`, { id: 'events.count.one' }),
  two: (shown) => msg(str`${shown} events`, { id: 'events.count.two' }),
  few: (shown) => msg(str`${shown} events`, { id: 'events.count.few' }),
  many: (shown) => msg(str`${shown} events`, { id: 'events.count.many' }),
  other: (shown) => msg(str`${shown} events`, { id: 'events.count.other' }),
};
