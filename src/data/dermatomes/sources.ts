/**
 * What the map is drawn after and why maps disagree, named on every page that shows it. Ids are the
 * files in content/references/.
 */
export interface MapSource { id: string; cite: string; finding: string }

export const MAP_SOURCES: readonly MapSource[] = [
  { id: 'foerster-1933', cite: 'Foerster 1933', finding: 'found wide overlap between neighbouring dermatomes.' },
  { id: 'keegan-garrett-1948', cite: 'Keegan & Garrett 1948', finding: 'drew long unbroken bands running from the back down into the limb.' },
  { id: 'lee-2008', cite: 'Lee et al. 2008', finding: 'mapped only the most consistent areas and left skin blank where findings vary or overlap.' },
  { id: 'isncsci-2019', cite: 'ASIA 2019 (ISNCSCI)', finding: 'sets one key sensory point per root: the spot examiners test.' },
];
