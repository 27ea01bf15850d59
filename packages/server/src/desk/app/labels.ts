/** The names of the project's statuses and fields on the desk, worded as the elements word them. */
import type { ProjectStatus } from '@pact/sdk';
import type { DeskLang } from './strings.js';
import type { Field } from './merge.js';

const STATUS: Record<DeskLang, Record<ProjectStatus, string>> = {
  en: {
    pipeline: 'Planned',
    implementation: 'Under way',
    finalisation: 'Finishing',
    closed: 'Completed',
    cancelled: 'Cancelled',
    suspended: 'Suspended',
  },
  fr: {
    pipeline: 'Prévu',
    implementation: 'En cours',
    finalisation: 'En voie d’achèvement',
    closed: 'Terminé',
    cancelled: 'Annulé',
    suspended: 'Suspendu',
  },
  ru: {
    pipeline: 'Запланирован',
    implementation: 'Выполняется',
    finalisation: 'Завершается',
    closed: 'Завершён',
    cancelled: 'Отменён',
    suspended: 'Приостановлен',
  },
};

const FIELD: Record<DeskLang, Record<Field, string>> = {
  en: {
    title: 'Title',
    summary: 'Summary',
    pillar: 'Pillar',
    status: 'Status',
    start: 'Start date',
    end: 'End date',
    beneficiaries: 'Beneficiary countries',
    donors: 'Donors',
    implementer: 'Implementer',
    accountable: 'Accountable',
    extending: 'Extending',
    routes: 'Routes',
    budget: 'Budget',
    iatiIdentifier: 'IATI identifier',
  },
  fr: {
    title: 'Titre',
    summary: 'Résumé',
    pillar: 'Pilier',
    status: 'Statut',
    start: 'Date de début',
    end: 'Date de fin',
    beneficiaries: 'Pays bénéficiaires',
    donors: 'Bailleurs de fonds',
    implementer: 'Organisation de mise en œuvre',
    accountable: 'Responsable',
    extending: 'Gestionnaire des fonds',
    routes: 'Routes',
    budget: 'Budget',
    iatiIdentifier: 'Identifiant IATI',
  },
  ru: {
    title: 'Название',
    summary: 'Описание',
    pillar: 'Направление',
    status: 'Статус',
    start: 'Дата начала',
    end: 'Дата окончания',
    beneficiaries: 'Страны-бенефициары',
    donors: 'Доноры',
    implementer: 'Исполнитель',
    accountable: 'Ответственная организация',
    extending: 'Распорядитель средств',
    routes: 'Маршруты',
    budget: 'Бюджет',
    iatiIdentifier: 'Идентификатор IATI',
  },
};

export const statusLabel = (lang: DeskLang, s: ProjectStatus): string => STATUS[lang][s] ?? s;
/** A field's name; a path the desk does not edit (e.g. `id`) stays as it is. */
export const fieldLabel = (lang: DeskLang, f: string): string => FIELD[lang][f as Field] ?? f;
