/**
 * The checker's groups of findings, most urgent first, straight from the rules: one group per level
 * a finding can raise a case to (every urgency but "within scope"), then the clues. Each level's
 * name, timescale, action and treating instruction come from URGENCY, never retyped here.
 */
import { findingsAtLevel, URGENCY, URGENCY_LEVELS, type Finding, type SignLevel } from '../../rules/index.ts';

export interface CheckerGroup {
  /** The level, or "clue". */
  key: SignLevel | 'clue';
  legend: string;
  /** The level's timescale, shown beside the legend. */
  timescale?: string;
  /** What any one finding here means for the session. */
  hint: string;
  findings: readonly Finding[];
}

const SIGN_LEVELS = URGENCY_LEVELS.filter((level): level is SignLevel => level !== 'in-scope');

export function checkerGroups(): CheckerGroup[] {
  return [
    ...SIGN_LEVELS.map((level) => {
      const { label, timescale, action, treating } = URGENCY[level];
      return { key: level, legend: `${label} signs`, timescale, hint: `Any one of these: ${action} May I keep treating? ${treating}`, findings: findingsAtLevel(level) };
    }),
    { key: 'clue', legend: 'Clues to the source', hint: 'These do not change the urgency; they point to where symptoms may come from.', findings: findingsAtLevel('clue') },
  ];
}
