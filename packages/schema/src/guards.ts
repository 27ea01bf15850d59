/**
 * Run-time checks of records from the API, for code that renders them without the full schema
 * validator: each guard checks what a record must have to be shown (its id, its name in
 * English, the fields its kind adds), so that one broken record is skipped, never rendered half.
 */
import type { CountryPartner, LocalizedText, OrganizationPartner, Partner } from './model.js';

type Loose<T> = { [K in keyof T]?: unknown } | null | undefined;

/** A localized text with its required English. */
export function isLocalizedText(t: unknown): t is LocalizedText {
  return !!t && typeof t === 'object' && typeof (t as { en?: unknown }).en === 'string';
}

function hasPartnerBase(p: Loose<Partner>): boolean {
  return (
    !!p &&
    typeof p.id === 'string' &&
    isLocalizedText(p.name) &&
    Array.isArray(p.memberships) &&
    Array.isArray(p.routes)
  );
}

/** A partner country: with its ISO 3166 alpha-3 code and its priority. */
export function isCountry(r: unknown): r is CountryPartner {
  const p = r as Loose<CountryPartner>;
  return hasPartnerBase(p) && p!.kind === 'country' && typeof p!.iso3 === 'string' && !!p!.priority;
}

/** A partner organization: with its acronym and its seat (city and coordinates). */
export function isOrganization(r: unknown): r is OrganizationPartner {
  const p = r as Loose<OrganizationPartner>;
  if (!hasPartnerBase(p) || p!.kind !== 'organization' || typeof p!.acronym !== 'string') return false;
  const seat = p!.seat as Loose<OrganizationPartner['seat']>;
  return !!seat && typeof seat.city === 'string' && Number.isFinite(seat.lat) && Number.isFinite(seat.lon);
}

/** A partner country or organization. */
export function isPartner(r: unknown): r is Partner {
  return isCountry(r) || isOrganization(r);
}
