/**
 * The checker's groups of findings, most urgent first, straight from the rules: one group per level a
 * finding can raise a case to, then the clues. The legend and hint of each come from the rules too.
 */
import { findingsOfKind, URGENCY, type Finding } from '../../rules/index.ts';
import type { IconName } from './UrgencyIcon.tsx';

export interface CheckerGroup {
  /** Stable key: the level, or "clue". */
  key: string;
  icon: IconName | null;
  legend: string;
  hint: string;
  findings: readonly Finding[];
}

export function checkerGroups(): CheckerGroup[] {
  return [
    { key: 'emergency', icon: 'emergency', legend: 'Emergency signs', hint: `Any one of these: ${URGENCY.emergency.action}`, findings: findingsOfKind('emergency') },
    { key: 'refer', icon: 'refer', legend: 'Referral signs', hint: `Any one of these: ${URGENCY.refer.action}`, findings: findingsOfKind('referral') },
    { key: 'clue', icon: null, legend: 'Clues to the source', hint: 'These do not change the urgency; they point to where symptoms may come from.', findings: findingsOfKind('clue') },
  ];
}
