import { msg } from '../core/localize.js';
import type { LocalizedText, Project, ProjectInput } from '@pact/sdk';

/** The languages the form offers for the title and summary (English is required). */
export const FORM_LANGS = ['en', 'fr', 'ru'] as const;
export type FormLang = (typeof FORM_LANGS)[number];

/** What the user has typed, as the inputs hold it (strings), so that nothing is lost on an error. */
export interface Draft {
  id: string;
  title: Record<FormLang, string>;
  summary: Record<FormLang, string>;
  pillar: string;
  status: string;
  start: string;
  end: string;
  beneficiaries: string[];
  donors: string[];
  implementer: string;
  accountable: string;
  extending: string;
  routes: string[];
  amount: string;
  currency: string;
  iatiIdentifier: string;
}

/** A field of the form, named like its JSON Pointer without the leading slash (`title/en`, `budget/amount`). */
export type FieldKey =
  | 'id'
  | `title/${FormLang}`
  | `summary/${FormLang}`
  | 'pillar'
  | 'status'
  | 'start'
  | 'end'
  | 'beneficiaries'
  | 'donors'
  | 'implementer'
  | 'accountable'
  | 'extending'
  | 'routes'
  | 'budget/amount'
  | 'budget/currency'
  | 'iatiIdentifier';

/** The record's fields a person edits, in the form's order (`id` is set once; `updated` is the server's). */
export const PROJECT_FIELDS = [
  'title',
  'summary',
  'pillar',
  'status',
  'start',
  'end',
  'beneficiaries',
  'donors',
  'implementer',
  'accountable',
  'extending',
  'routes',
  'budget',
  'iatiIdentifier',
] as const;

/** The form's fields in the order they appear: the first one with an error gets the focus. */
export const FIELD_ORDER: readonly FieldKey[] = [
  'id',
  ...PROJECT_FIELDS.flatMap((f): FieldKey[] =>
    f === 'title' || f === 'summary'
      ? FORM_LANGS.map((l) => `${f}/${l}` as const)
      : f === 'budget'
        ? ['budget/amount', 'budget/currency']
        : [f],
  ),
];

const texts = (t: LocalizedText | undefined): Record<FormLang, string> => ({
  en: t?.en ?? '',
  fr: t?.fr ?? '',
  ru: t?.ru ?? '',
});

/** The draft of a project (or of an empty one). */
export function draftOf(p?: Partial<Project>): Draft {
  return {
    id: p?.id ?? '',
    title: texts(p?.title),
    summary: texts(p?.summary),
    pillar: p?.pillar ? String(p.pillar) : '',
    status: p?.status ?? '',
    start: p?.start ?? '',
    end: p?.end ?? '',
    beneficiaries: [...(p?.beneficiaries ?? [])],
    donors: [...(p?.donors ?? [])],
    implementer: p?.implementer ?? '',
    accountable: p?.accountable ?? '',
    extending: p?.extending ?? '',
    routes: [...(p?.routes ?? [])],
    amount: p?.budget ? String(p.budget.amount) : '',
    currency: p?.budget?.currency ?? '',
    iatiIdentifier: p?.iatiIdentifier ?? '',
  };
}

/** Texts in the form's languages merged over those the record has in other languages (kept as they are). */
function mergeTexts(base: LocalizedText | undefined, typed: Record<FormLang, string>): LocalizedText {
  const out: Record<string, string> = { ...(base ?? {}) };
  for (const lang of FORM_LANGS) {
    const v = typed[lang].trim();
    if (v || lang === 'en') out[lang] = v;
    else delete out[lang];
  }
  return out as unknown as LocalizedText;
}

/**
 * The record the draft describes, as the API takes it: what the user left empty is left out
 * (the validators then name what is missing). `base` is the record being edited: its fields the
 * form does not show (other languages) are kept.
 */
export function inputOf(d: Draft, base?: Partial<Project>): ProjectInput {
  const amount = d.amount.trim();
  const record: Record<string, unknown> = {
    id: d.id.trim(),
    title: mergeTexts(base?.title, d.title),
    summary: mergeTexts(base?.summary, d.summary),
    ...(d.pillar && { pillar: Number(d.pillar) }),
    ...(d.status && { status: d.status }),
    donors: d.donors,
    beneficiaries: d.beneficiaries,
    ...(d.implementer && { implementer: d.implementer }),
    ...(d.accountable && { accountable: d.accountable }),
    ...(d.extending && { extending: d.extending }),
    ...(d.iatiIdentifier.trim() && { iatiIdentifier: d.iatiIdentifier.trim() }),
    routes: d.routes,
    budget: {
      ...(amount !== '' && { amount: Number(amount) }),
      currency: d.currency.trim().toUpperCase(),
    },
    ...(d.start && { start: d.start }),
    ...(d.end && { end: d.end }),
  };
  return record as unknown as ProjectInput;
}

/** The form's field for a JSON Pointer of the API (`/donors/0` is the donors field); undefined when none. */
export function fieldOf(pointer: string): FieldKey | undefined {
  const [a = '', b = ''] = pointer.split('/').slice(1);
  const key = a === 'title' || a === 'summary' || a === 'budget' ? `${a}/${b}` : a;
  return (FIELD_ORDER as readonly string[]).includes(key) ? (key as FieldKey) : undefined;
}

/** The message shown under a field for a rule it breaks, in the UI language; `fallback` is the API's words. */
export function ruleMessage(field: FieldKey | undefined, rule: string, fallback: string): string {
  switch (rule) {
    case 'required':
    case 'minLength':
      return msg('Fill in this field.');
    case 'minItems':
      return msg('Choose at least one.');
    case 'minimum':
      return msg('Enter 0 or more.');
    case 'type':
      return field === 'budget/amount' ? msg('Enter a number.') : fallback;
    case 'format':
      return msg('Enter a date.');
    case 'enum':
      return msg('Choose one of the options.');
    case 'pattern':
      if (field === 'id') return msg('Use lowercase letters, digits and hyphens, starting with a letter or digit.');
      if (field === 'budget/currency') return msg('Enter a three-letter currency code (ISO 4217), such as EUR.');
      return msg('Use letters, digits, dots, hyphens and underscores.');
    case 'taken':
      return msg('This id is already taken (perhaps by a withdrawn project): choose another one.');
    default:
      return fallback;
  }
}
