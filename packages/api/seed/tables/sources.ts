// Titles of the reference's sources and the caveats this dataset adds to the reference's own.

/** Titles of the reference sources, by their first URL (fallback: the text in brackets). */
export const SOURCE_TITLES: Readonly<Record<string, string>> = {
  'https://text-id.123dok.com/document/q063jj3q':
    'Paris Pact Phase IV and the Vienna Declaration: partners brochure (123dok copy)',
  'https://docslib.org/download/302327':
    'Paris Pact Phase IV and the Vienna Declaration: partners brochure (docslib copy)',
  'http://www.unodc.org/unodc/en/drug-trafficking/paris-pact-initiative.html':
    'UNODC: The Paris Pact Initiative – What is it?',
  'https://www.unodc.org/southeasterneurope/en/all-stories-october':
    'UNODC South Eastern Europe: Paris Pact Expert Working Group meeting on precursors (Bucharest, October 2022)',
  'https://www.unodc.org/centralasia/en/news/paris-pact-expert-working-groups-2015':
    'UNODC Central Asia: Paris Pact Expert Working Groups 2015 held in Almaty and Bishkek',
  'http://eng.sectsco.org/news/20170203':
    'SCO Secretariat: 13th Paris Pact Policy Consultative Group Meeting (February 2017)',
  'https://www.paris-pact.net/parispact/en/news/news-131021.html': 'paris-pact.net news items (2021–2023)',
  'https://www.paris-pact.net/parispact/en/pillar3.html': 'paris-pact.net: pillar III and pillar IV pages',
  'http://www.unodc.org/southasia/en/events/paris-pact-expert-working-group-meeting-on-precursors.html':
    'UNODC South Asia: Paris Pact Expert Working Group meeting on precursors (New Delhi, 2011)',
  'https://www.unodc.org/roca/en/news/experts-discuss-where-drug-money-goes.html':
    'UNODC ROCA: Experts discuss where drug money goes',
  'http://www.unodc.org/unodc/en/events/5th-paris-pact-policy-consultative-group-meeting.html':
    'UNODC: 5th Paris Pact Policy Consultative Group Meeting',
  'https://www.nato.int/nrc-website/en/articles/20130314-nrc-paris-pact-vienna/index.html':
    'NATO-Russia Council: Paris Pact meeting in Vienna (March 2013)',
  'https://www.unodc.org/islamicrepublicofiran/en/paris-pact-initiative.html':
    'UNODC Iran: Paris Pact Initiative (2003 Paris and 2006 Moscow conferences)',
  'http://www.unodc.org/southeasterneurope/en/glo/j33.html':
    'UNODC South Eastern Europe: Paris Pact / ADAM project page (GLO/J33)',
  'https://text-id.123dok.com/document/qvje66gq': 'Vienna Declaration, final English text (February 2012)',
  'https://docslib.org/doc/9355635': 'Commission on Narcotic Drugs conference room paper E/CN.7/2020/CRP.8',
  'http://m.state.gov/md141485.htm':
    'US Department of State fact sheet: the Paris Pact, launched by UNODC and France in 2003',
  'https://unodc.org/rpanc/en/Sub-programme-4':
    'UNODC Regional Programme for Afghanistan and Neighbouring Countries: Afghan opiate trafficking along the northern route',
  'http://www.unodc.org/unodc/en/drug-trafficking/central-asia.html':
    'UNODC: Drug trafficking in Central Asia (route shares, World Drug Report 2010)',
  'https://pulse.ba/index.php/pulse-news/2508': 'pulse.ba: Balkan route branches (EU Drug Markets Report 2019)',
  'http://eu-act.info/en/region/east-africa': 'eu-act.info: East Africa, South Asia and Eastern Europe region pages',
  'https://www.thehindu.com/news/national/alert-sounded-on-spurt-in-heroin-smuggling-from-pakistan-via-sea':
    'The Hindu: Alert sounded on spurt in heroin smuggling from Pakistan via sea',
  'https://ja.scribd.com/document/223256631': 'UNODC (2014): The Illicit Drug Trade through South-Eastern Europe',
  'https://www.coe.int/en/web/pompidou/about/member-states':
    'Council of Europe: Pompidou Group member States; EMCDDA partner page on the Pompidou Group',
  'https://wcd.coe.int/ViewDoc.jsp?Ref=701/2.1a':
    'Council of Europe Committee of Ministers decision 701/2.1a (8 March 2000)',
  'https://civil.ge/archives/350590': 'Civil.ge and Trend: Georgia becomes the 41st member of the Pompidou Group',
  'https://el.armradio.am/2020/01/09/':
    'Public Radio of Armenia (9 January 2020): Armenia becomes the 40th member of the Pompidou Group',
  'https://www.coe.int/en/web/pompidou/-/solidarity-with-ukraine':
    'Pompidou Group Presidency: solidarity with Ukraine statement (Ukraine 42nd member; Russia ceased to be a member)',
  'http://rm.coe.int/the-pompidou-group-mission-organisation-governance-working-methods':
    'Pompidou Group: mission, organisation, governance and working methods',
  'https://www.osce.org/cio/84562': 'OSCE: the 57 participating States; Partners for Co-operation (osce.org/who/84)',
  'http://www.library.utoronto.ca/g7/justice/2011-g8-drugs-plan-en.html':
    'G7 Research Group: G8 Paris 2011 Action Plan on drug trafficking, English and French texts (opening only)',
  'https://www.interieur.gouv.fr/Archives':
    'French Ministry of the Interior: G8+ ministers adopt an action plan against cocaine trafficking (May 2011)',
  'https://lecourrier.vn/le-g8-nbspadopte':
    'Le Courrier du Vietnam (AFP) and Le Midi Libre: the G8 adopts an action plan against drug trafficking (May 2011)',
  'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08':
    'Wikipedia (mirror): Centre de coordination de la lutte anti-drogue en Méditerranée (CeCLAD-M)',
  'https://policechiefmagazine.org/joining-forces-2': 'Police Chief Magazine: Joining forces; ean13.info (MAOC-N)',
  'http://www.senat.fr/rap/l08-528/l08-5281.html': 'French Senate report l08-528 (JIATF-S in Key West; MAOC-N treaty)',
  'https://caricc.org/index.php/en/caricc/about-caricc/history':
    'CARICC: history; UNODC Central Asia: CARICC stages of development',
  'https://www.unodc.org/westandcentralafrica/en/wsaircop.html':
    'UNODC: AIRCOP in West and Central Africa; Senegal enhances airport interception techniques (October 2011)',
  'https://raw.githubusercontent.com/IATI/IATI-Schemas/version-2.01':
    'IATI activities schema 2.01 and an example activity file',
};

/** The reference's caveats that the dataset words itself (matched by their start). */
export const REPLACED_CAVEATS: readonly RegExp[] = [/^UNODC page says 22 partner organizations/];

/** Caveats added to those of the reference (meta.json `caveats`). */
export const CAVEATS: readonly string[] = [
  'UNODC\'s page "The Paris Pact Initiative – What is it?" states 58 partner countries and 22 organizations (80 partners); this dataset lists 23 Paris Pact partner organizations (81 partners) because the Paris Pact Phase IV brochure names 23, two of them new in Phase IV (the Eurasian Group, EAG, and the GCC Criminal Information Center to Combat Drugs, GCC-CICCD), and UNODC South Eastern Europe (October 2022) also says 23; the sources do not say which organization the UNODC page leaves out',
  'Priority flags: "high" confidence marks only the countries that the UNODC description of where the priority countries are (West and Central Asia, the northern and Balkan routes) covers without another reading; "medium" flags are derived from a region or a route; unknown flags (null) are those the sources do not settle',
  'Pompidou Group membership of the 14 countries marked "possible" (and of the countries on the 2000 list) must be checked against coe.int/pompidou before publishing',
  'No official list of Paris Pact priority countries was found: UNODC says only that they are primarily in West and Central Asia and South Eastern Europe',
  "ADAM's record schema is not public: the projects follow a proposed model based on the IATI activity standard, not ADAM's",
  'The Accra and Dakar information-exchange centres are verified only as named in the 2011 statements; the institutions were not identified',
  "French and Russian organization names not confirmed by an official source are unofficial renderings; each partner lists the languages of such names in 'unofficialNames'",
  'The centres named in the 2011 G8+ Paris Action Plan (MAOC-N, CeCLAD-M, JIATF-South, the Accra and Dakar centres, AIRCOP) work on transatlantic cocaine trafficking, not on the Afghan opiate routes: they carry the flow "transatlantic-cocaine" and no route role; CARICC, SELEC and GCC-CICCD carry the flow "afghan-opiates" and a "coordination" role on the route they work on',
  "The transatlantic cocaine flow lines (flows.json) are approximate directions drawn from the words of the 2011 Paris Action Plan, which names no country or region of origin, transit or destination: their start in the Andean region and their end in Europe are this dataset's reading, each line says what it rests on, and none is held with high confidence",
  'Seat coordinates of organizations are city-level values from general knowledge, not from the sources',
  "The Russian and French translations of pillar and route texts, and the names listed in a partner's unofficialNames, were written for this dataset; they are not official texts. Country names in Russian follow UN usage",
];
