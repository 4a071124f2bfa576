/**
 * The report of each UN E-Government Survey edition, as its own title page or catalogue
 * record names it. Each title was copied from a stored text of the report, never typed
 * from memory: for 2016 to 2024 from the `original` column of
 * data/un-egov/published-aggregates.csv (a test checks that they agree); for the others
 * from the pages named beside each. Editions before 2008 were published under other
 * series names. Every edition was published by the United Nations in New York in the
 * year of the edition.
 */
export interface SurveyReport {
  edition: number;
  title: string;
  /** Year of publication. */
  published: number;
}

const report = (edition: number, title: string): SurveyReport => ({ edition, title, published: edition });

export const SURVEY_REPORTS: readonly SurveyReport[] = [
  // Cover of the report (pdfslide.net copy "UN Global E-Government Survey 2003"); published as
  // Part II of the World Public Sector Report 2003 (desapublications.un.org).
  report(2003, 'UN Global E-government Survey 2003'),
  // Title page (UNPAN/2004/11, New York, 2004), scribd.com and doczz.net copies; the cover is
  // in capitals, the letter case here follows the 2005 report's title page.
  report(2004, 'UN Global E-government Readiness Report 2004: Towards Access for Opportunity'),
  // Title page (UNPAN/2005/14, New York, 2005), vdoc.pub and doczz.net copies.
  report(2005, 'UN Global E-government Readiness Report 2005: From E-government to E-inclusion'),
  // un-ilibrary.org record; publicadministration.un.org report page.
  report(2008, 'United Nations E-Government Survey 2008: From E-Government to Connected Governance'),
  // un-ilibrary.org record.
  report(
    2010,
    'United Nations E-Government Survey 2010: Leveraging E-Government at a Time of Financial and Economic Crisis',
  ),
  // un-ilibrary.org record; unpan.un.org record (ST/ESA/PAS/SER.E/150).
  report(2012, 'United Nations E-Government Survey 2012: E-Government for the People'),
  // Title page (ST/ESA/PAD/SER.E/188, New York, 2014), slideshare.net copy; un-ilibrary.org record.
  report(2014, 'United Nations E-Government Survey 2014: E-Government for the Future We Want'),
  report(2016, 'United Nations E-Government Survey 2016: E-Government in Support of Sustainable Development'),
  report(
    2018,
    'United Nations E-Government Survey 2018: Gearing E-Government to Support Transformation towards Sustainable and Resilient Societies',
  ),
  report(
    2020,
    'United Nations E-Government Survey 2020: Digital Government in the Decade of Action for Sustainable Development (With addendum on COVID-19 Response)',
  ),
  report(2022, 'United Nations E-Government Survey 2022: The Future of Digital Government'),
  report(
    2024,
    'United Nations E-Government Survey 2024: Accelerating Digital Transformation for Sustainable Development',
  ),
];

/**
 * The report of an edition; an edition not in the table (a later survey the data has, say)
 * is cited by the series name alone, with `generic` set.
 */
export function surveyReport(edition: number): SurveyReport & { generic: boolean } {
  const known = SURVEY_REPORTS.find((r) => r.edition === edition);
  return known
    ? { ...known, generic: false }
    : { edition, title: `United Nations E-Government Survey ${edition}`, published: edition, generic: true };
}
