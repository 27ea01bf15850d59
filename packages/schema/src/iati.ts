/**
 * Projects as IATI 2.03 activities: a pure mapping from the model to the
 * elements of an `<iati-activity>`, in the order the IATI schema requires.
 * No I/O and no XML here: the API's writer serializes what this returns.
 * See docs/iati.md for the field mapping and the organisation-reference policy.
 */
import type { LocaleCode, LocalizedText, Partner, Pillar, PillarNumber, Project, ProjectStatus } from './model.js';
import { LOCALES } from './index.js';

/**
 * The prefix of every organisation reference this project makes up itself.
 * `PACT-LOCAL-…` is not an IATI organisation identifier: no registration agency
 * issued it, and it does not have the shape of one (the identifier lists IATI
 * recognises have codes such as `GB-COH` or `XM-DAC`).
 */
export const IATI_LOCAL_ORG_PREFIX = 'PACT-LOCAL';

/** IATI Organisation Role codelist. */
export const IATI_ORG_ROLES = { funding: '1', accountable: '2', extending: '3', implementing: '4' } as const;
export type IatiOrgRole = (typeof IATI_ORG_ROLES)[keyof typeof IATI_ORG_ROLES];

/** IATI Activity Status codelist, from the model's status names. */
export const IATI_ACTIVITY_STATUS: Readonly<Record<ProjectStatus, string>> = {
  pipeline: '1',
  implementation: '2',
  finalisation: '3',
  closed: '4',
  cancelled: '5',
  suspended: '6',
};

/** IATI Activity Date Type codelist: the two dates a project carries. */
export const IATI_DATE_TYPES = { plannedStart: '1', plannedEnd: '3' } as const;

/** IATI Organisation Type 10, Government: the type given to country partners. */
export const IATI_ORG_TYPE_GOVERNMENT = '10';

/** IATI Organisation Type 90, Other: the default type of the reporting organisation. */
export const IATI_ORG_TYPE_OTHER = '90';

/** IATI Sector Vocabulary 99, Reporting Organisation: the pillars are this reporter's own codes. */
export const IATI_SECTOR_VOCABULARY_OWN = '99';

/** Where the pillar codes 1 to 4 are described: UNODC's Paris Pact page lists the four pillars. */
export const DEFAULT_PILLAR_VOCABULARY_URI =
  'https://www.unodc.org/unodc/en/drug-trafficking/paris-pact-initiative.html';

/** IATI Description Type codelist: 1 General, 4 Other. */
export const IATI_DESCRIPTION_TYPES = { general: '1', other: '4' } as const;

/** One text in one language. */
export interface IatiNarrative {
  lang: LocaleCode;
  text: string;
}

export interface IatiReportingOrg {
  ref: string;
  type: string;
  /** True when the reporter reproduces data on activities it is not responsible for. */
  secondaryReporter: boolean;
  narratives: IatiNarrative[];
}

export interface IatiParticipatingOrg {
  role: IatiOrgRole;
  ref: string;
  /** True when `ref` is a project-local `PACT-LOCAL-…` reference, not an IATI organisation identifier. */
  local: boolean;
  type?: string;
  narratives: IatiNarrative[];
}

export interface IatiDescription {
  type: (typeof IATI_DESCRIPTION_TYPES)[keyof typeof IATI_DESCRIPTION_TYPES];
  narratives: IatiNarrative[];
}

export interface IatiActivity {
  identifier: string;
  /** The language of narratives without their own, and the activity's `xml:lang`. */
  lang: LocaleCode;
  lastUpdated: string;
  defaultCurrency: string;
  reportingOrg: IatiReportingOrg;
  title: IatiNarrative[];
  descriptions: IatiDescription[];
  participatingOrgs: IatiParticipatingOrg[];
  statusCode: string;
  dates: { type: (typeof IATI_DATE_TYPES)[keyof typeof IATI_DATE_TYPES]; isoDate: string }[];
  /** ISO 3166-1 alpha-2 codes, with the country's name. No percentages: the dataset does not split budgets by country. */
  recipientCountries: { code: string; narratives: IatiNarrative[] }[];
  sectors: { vocabulary: string; vocabularyUri: string; code: string; narratives: IatiNarrative[] }[];
  /** The project's total budget over its planned dates, indicative (type 1 Original, status 1 Indicative). */
  budgets: {
    type: '1';
    status: '1';
    periodStart: string;
    periodEnd: string;
    value: number;
    currency: string;
    valueDate: string;
  }[];
  /** A fictitious sample record: the writer says so in the document, and a description says so too. */
  illustrative: boolean;
}

export interface IatiOptions {
  /**
   * The organisation that publishes the export. Give your own registered IATI
   * organisation identifier here if you have one; the default is project-local.
   */
  reportingOrg?: { ref: string; type?: string; name: LocalizedText; secondaryReporter?: boolean };
  /** The pillars, to name each project's sector in every language; without them the sector reads "Pillar II". */
  pillars?: readonly Pillar[];
  /** Where the pillar vocabulary is described (`sector/@vocabulary-uri`). */
  pillarVocabularyUri?: string;
}

/** The default reporting organisation: this dataset, under a project-local reference. */
export const DEFAULT_IATI_REPORTING_ORG = {
  ref: `${IATI_LOCAL_ORG_PREFIX}-PACT-EMBED`,
  type: IATI_ORG_TYPE_OTHER,
  secondaryReporter: true,
  name: {
    en: 'Pact Embed coordination dataset (not a registered IATI publisher)',
    fr: 'Jeu de données de coordination Pact Embed (non enregistré comme éditeur IATI)',
  },
} as const satisfies Required<NonNullable<IatiOptions['reportingOrg']>>;

/** Said of every illustrative project, in a description of type 4 (Other). */
export const ILLUSTRATIVE_NOTICE: LocalizedText = {
  en: 'Illustrative record: this project is a fictitious example from the Pact Embed sample dataset, not a real activity.',
  fr: "Exemple illustratif : ce projet est un exemple fictif du jeu de données d'exemple de Pact Embed, pas une activité réelle.",
  ru: 'Иллюстративная запись: этот проект — вымышленный пример из демонстрационного набора данных Pact Embed, а не реальная деятельность.',
};

/** A project or partner reference that the export cannot resolve. */
export class IatiMappingError extends Error {
  constructor(
    readonly project: string,
    readonly field: string,
    message: string,
  ) {
    super(`project ${project}, ${field}: ${message}`);
    this.name = 'IatiMappingError';
  }
}

const ROMAN: Readonly<Record<PillarNumber, string>> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/** Every language the text is given in, in the order of LOCALES (English first). */
export function iatiNarratives(text: LocalizedText): IatiNarrative[] {
  return LOCALES.flatMap((lang) => {
    const value = text[lang];
    return value === undefined ? [] : [{ lang, text: value }];
  });
}

/** The partner's IATI organisation identifier when the data has one, else its project-local reference. */
export function iatiOrgRef(partner: Partner): { ref: string; local: boolean } {
  if (partner.iatiOrgRef) return { ref: partner.iatiOrgRef, local: false };
  return { ref: `${IATI_LOCAL_ORG_PREFIX}-${partner.id.toUpperCase()}`, local: true };
}

/** The activity identifier: the one the project is published under, else `{reporting-org ref}-{project id}`. */
export function iatiIdentifier(project: Project, reportingOrgRef: string = DEFAULT_IATI_REPORTING_ORG.ref): string {
  return project.iatiIdentifier ?? `${reportingOrgRef}-${project.id}`;
}

/** Looks partners up by id, for mapping many projects. */
export function partnerIndex(partners: readonly Partner[]): ReadonlyMap<string, Partner> {
  return new Map(partners.map((p) => [p.id, p]));
}

/** Maps one project to an IATI activity. Throws IatiMappingError for a partner id that is not in the list. */
export function toIatiActivity(
  project: Project,
  partners: ReadonlyMap<string, Partner>,
  options: IatiOptions = {},
): IatiActivity {
  const reporting = options.reportingOrg ?? DEFAULT_IATI_REPORTING_ORG;
  const partner = (field: string, id: string): Partner => {
    const found = partners.get(id);
    if (!found) throw new IatiMappingError(project.id, field, `no partner with id "${id}"`);
    return found;
  };
  const org = (role: IatiOrgRole, field: string, id: string): IatiParticipatingOrg => {
    const p = partner(field, id);
    return {
      role,
      ...iatiOrgRef(p),
      ...(p.kind === 'country' ? { type: IATI_ORG_TYPE_GOVERNMENT } : {}),
      narratives: iatiNarratives(p.name),
    };
  };
  const pillar = options.pillars?.find((p) => p.number === project.pillar);
  const descriptions: IatiDescription[] = [
    { type: IATI_DESCRIPTION_TYPES.general, narratives: iatiNarratives(project.summary) },
  ];
  if (project.illustrative)
    descriptions.push({ type: IATI_DESCRIPTION_TYPES.other, narratives: iatiNarratives(ILLUSTRATIVE_NOTICE) });

  return {
    identifier: iatiIdentifier(project, reporting.ref),
    lang: 'en',
    lastUpdated: project.updated,
    defaultCurrency: project.budget.currency,
    reportingOrg: {
      ref: reporting.ref,
      type: reporting.type ?? IATI_ORG_TYPE_OTHER,
      secondaryReporter: reporting.secondaryReporter ?? true,
      narratives: iatiNarratives(reporting.name),
    },
    title: iatiNarratives(project.title),
    descriptions,
    participatingOrgs: [
      ...project.donors.map((id, i) => org(IATI_ORG_ROLES.funding, `donors/${i}`, id)),
      ...(project.accountable ? [org(IATI_ORG_ROLES.accountable, 'accountable', project.accountable)] : []),
      ...(project.extending ? [org(IATI_ORG_ROLES.extending, 'extending', project.extending)] : []),
      org(IATI_ORG_ROLES.implementing, 'implementer', project.implementer),
    ],
    statusCode: IATI_ACTIVITY_STATUS[project.status],
    dates: [
      { type: IATI_DATE_TYPES.plannedStart, isoDate: project.start },
      { type: IATI_DATE_TYPES.plannedEnd, isoDate: project.end },
    ],
    recipientCountries: project.beneficiaries.map((id, i) => {
      const p = partner(`beneficiaries/${i}`, id);
      if (p.kind !== 'country')
        throw new IatiMappingError(project.id, `beneficiaries/${i}`, `"${id}" is not a country partner`);
      return { code: p.iso2, narratives: iatiNarratives(p.name) };
    }),
    sectors: [
      {
        vocabulary: IATI_SECTOR_VOCABULARY_OWN,
        vocabularyUri: options.pillarVocabularyUri ?? DEFAULT_PILLAR_VOCABULARY_URI,
        code: String(project.pillar),
        narratives: pillar
          ? iatiNarratives(pillar.shortTitle)
          : [{ lang: 'en', text: `Pillar ${ROMAN[project.pillar]}` }],
      },
    ],
    budgets: [
      {
        type: '1',
        status: '1',
        periodStart: project.start,
        periodEnd: project.end,
        value: project.budget.amount,
        currency: project.budget.currency,
        valueDate: project.start,
      },
    ],
    illustrative: project.illustrative,
  };
}
