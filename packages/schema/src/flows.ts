/**
 * The transatlantic cocaine dimension: the 2011 G8+ Paris Action Plan against transatlantic drug
 * trafficking, in particular cocaine (seed document 002). Re-exported by model.ts (the JSON
 * Schemas are generated from it). The Afghan opiate routes are `Route` records; this flow set is
 * the second one, described in words by the plan, drawn as approximate directions only.
 */
import type { Confidence, DrugFlow, LocalizedText } from './model.js';

/**
 * A body's part in the 2011 Paris Action Plan, in the plan's own terms (section II):
 * - `information-centre`: a "regional center of information exchange" (Accra, Dakar);
 * - `operational-centre`: an "operational center that coordinates and facilitates maritime
 *   interdictions" (MAOC-N, CeCLAD-M, JIATF-S);
 * - `network`: a network, project or regional cooperation organization the plan calls on
 *   (AIRCOP, CARIN, the Egmont Group, the StAR/INTERPOL focal points, OAS, UNASUR, SICA, CARICOM,
 *   ECOWAS, Europol, Ameripol, AU, SADC).
 */
export type PlanRole = 'information-centre' | 'operational-centre' | 'network';

/** Where and how the 2011 Paris Action Plan names a body. */
export interface PlanPart {
  role: PlanRole;
  /** The section of the plan that names it (Roman numeral, I to VII). */
  section: 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII';
  /**
   * The plan's own words that name the body, quoted exactly from its English text.
   * @minLength 1
   */
  quote: string;
}

/** A point of a flow: a region, placed approximately (its coordinates are not a place the source names). */
export interface FlowPoint {
  /** @pattern ^[a-z0-9][a-z0-9-]*$ */
  id: string;
  /** The region, e.g. "West Africa". */
  name: LocalizedText;
  /** @minimum -90 @maximum 90 */
  lat: number;
  /** @minimum -180 @maximum 180 */
  lon: number;
}

/** One approximate direction of a flow set, as its source describes it in words. */
export interface FlowLine {
  /** @pattern ^[a-z0-9][a-z0-9-]*$ */
  id: string;
  name: LocalizedText;
  /** From where, through where, to where, in words. */
  summary: LocalizedText;
  /**
   * The line to draw, in order (the direction of the flow): regions placed approximately.
   * @minItems 2
   */
  points: FlowPoint[];
  /** Always true: the line is an approximate direction, not an actual trafficking route. */
  approximate: true;
  /** The words of the source that the line rests on. */
  source: { section: string; /** @minLength 1 */ quote: string };
  /** What the line adds to the source's words (for example a region the source does not name), in English. */
  basis: string;
  confidence: Confidence;
}

/** A set of flows described in one source, with its centres and the networks it calls on. */
export interface FlowSet {
  /** The drug flow (the same ids as organizations' `flows`). */
  id: DrugFlow;
  name: LocalizedText;
  /** The source document. */
  source: {
    /** @minLength 1 */
    title: string;
    /** @format date */
    date: string;
    /** An `http:` or `https:` address (any case). @pattern ^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+ */
    url?: string;
  };
  /** @minItems 1 */
  lines: FlowLine[];
  /** Partner ids of the centres the source names (information and operational centres). */
  centres: string[];
  /** Partner ids of the networks and organizations the source calls on. */
  networks: string[];
  /** Why the drawn lines are not actual trafficking routes. */
  disclaimer: LocalizedText;
}

export interface FlowSetList {
  data: FlowSet[];
}
