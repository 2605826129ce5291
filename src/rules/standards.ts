/**
 * The sources that set a finding's level: file names in content/references/ (a unit test checks
 * each one exists, so a citation cannot point nowhere). The rules module stays free of content
 * imports, so the ids are listed here as plain strings.
 */
export const STANDARD_IDS = [
  'girft-ces-2023',
  'nice-cks-sciatica',
  'finucane-2020',
  'nhs-lothian-red-flags',
  'seed-clinical-column',
  'seed-client-article',
] as const;

export type StandardId = (typeof STANDARD_IDS)[number];
