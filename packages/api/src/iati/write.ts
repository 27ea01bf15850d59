/**
 * IATI 2.03 activity XML for a list of projects (already filtered by the caller).
 * The mapping is @pact/schema's `toIatiActivity`; this file only serializes it.
 * What is and is not exported, and why: docs/iati.md.
 */
import {
  IATI_LOCAL_ORG_PREFIX,
  partnerIndex,
  toIatiActivity,
  type IatiActivity,
  type IatiNarrative,
  type IatiOptions,
  type Partner,
  type Project,
} from '@pact/schema';
import { comment, el, text, xmlDocument, type Xml } from './xml.js';

/** The IATI standard version written. */
export const IATI_VERSION = '2.03';

/** The media type to serve an export with. */
export const IATI_CONTENT_TYPE = 'application/xml; charset=utf-8';

export interface IatiWriteOptions extends IatiOptions {
  /** When the document is generated (`generated-datetime`). */
  generatedAt: Date | string;
}

/** Said once at the top of every export. */
export const IATI_EXPORT_NOTICE =
  `Organisation references that begin with ${IATI_LOCAL_ORG_PREFIX}- are project-local references of the ` +
  'Pact Embed dataset: they are not IATI organisation identifiers and no registration agency issued them. ' +
  'No activity in this file is reported as official development assistance (ODA): the file gives no ' +
  'flow type, finance type, aid type or tied status.';

/** Said before each illustrative activity. */
export const IATI_ILLUSTRATIVE_COMMENT = 'Illustrative record: a fictitious example, not a real project.';

/** A decimal without exponent, as xsd:decimal requires (String(1e21) would be "1e+21"). */
function decimal(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function narratives(list: readonly IatiNarrative[]): Xml[] {
  return list.map((n) => el('narrative', { 'xml:lang': n.lang }, text(n.text)));
}

function activityXml(a: IatiActivity): Xml {
  return el(
    'iati-activity',
    { 'last-updated-datetime': a.lastUpdated, 'xml:lang': a.lang, 'default-currency': a.defaultCurrency },
    el('iati-identifier', {}, text(a.identifier)),
    el(
      'reporting-org',
      {
        ref: a.reportingOrg.ref,
        type: a.reportingOrg.type,
        'secondary-reporter': a.reportingOrg.secondaryReporter ? '1' : '0',
      },
      ...narratives(a.reportingOrg.narratives),
    ),
    el('title', {}, ...narratives(a.title)),
    ...a.descriptions.map((d) => el('description', { type: d.type }, ...narratives(d.narratives))),
    ...a.participatingOrgs.map((o) =>
      el('participating-org', { ref: o.ref, type: o.type, role: o.role }, ...narratives(o.narratives)),
    ),
    el('activity-status', { code: a.statusCode }),
    ...a.dates.map((d) => el('activity-date', { type: d.type, 'iso-date': d.isoDate })),
    ...a.recipientCountries.map((c) => el('recipient-country', { code: c.code }, ...narratives(c.narratives))),
    ...a.sectors.map((s) =>
      el(
        'sector',
        { vocabulary: s.vocabulary, 'vocabulary-uri': s.vocabularyUri, code: s.code },
        ...narratives(s.narratives),
      ),
    ),
    ...a.budgets.map((b) =>
      el(
        'budget',
        { type: b.type, status: b.status },
        el('period-start', { 'iso-date': b.periodStart }),
        el('period-end', { 'iso-date': b.periodEnd }),
        el('value', { currency: b.currency, 'value-date': b.valueDate }, text(decimal(b.value))),
      ),
    ),
  );
}

/**
 * Writes `<iati-activities version="2.03">` for the projects, in the order given.
 * Throws @pact/schema's IatiMappingError when a project names a partner that is
 * not in `partners`. With no projects the document is well-formed but holds no
 * activity, which the IATI schema does not allow (it requires at least one).
 */
export function writeIatiActivities(
  projects: readonly Project[],
  partners: readonly Partner[],
  options: IatiWriteOptions,
): string {
  const index = partnerIndex(partners);
  const generated = typeof options.generatedAt === 'string' ? options.generatedAt : options.generatedAt.toISOString();
  const children = projects.flatMap((project) => {
    const activity = activityXml(toIatiActivity(project, index, options));
    return project.illustrative ? [comment(IATI_ILLUSTRATIVE_COMMENT), activity] : [activity];
  });
  if (children.length === 0) children.push(comment('No project matched the selection.'));
  return xmlDocument(
    comment(IATI_EXPORT_NOTICE),
    el('iati-activities', { version: IATI_VERSION, 'generated-datetime': generated }, ...children),
  );
}
