/**
 * What the gluteus minimus figure shows, built from src/data/dermatomes: each referral zone with the
 * dermatomes it overlaps on the course's map, then each of those dermatomes' skin and key point, and
 * the sign that most often tells them apart. The .astro file only lays these blocks out.
 */
import { REFERRAL_PATTERNS, REFERRAL_VS_ROOT, rootById, rootLabel, type RootId } from '../../data/dermatomes/index.ts';
import { joinList } from '../../quiz/wording.ts';

export interface FigureBlock {
  kind: 'referral' | 'root' | 'note';
  heading: string;
  lines: string[];
}

export function gluteusMinimusBlocks(wrap: (text: string) => string[]): FigureBlock[] {
  const roots = [...new Set(REFERRAL_PATTERNS.flatMap((p) => p.overlaps))] as RootId[];
  const howFar = REFERRAL_VS_ROOT.find((row) => /how far/i.test(row.sign));
  return [
    ...REFERRAL_PATTERNS.map((p) => ({
      kind: 'referral' as const,
      heading: `${p.name}: trigger-point referral`,
      lines: [...wrap(p.area), ...wrap(`Overlaps: ${joinList(p.overlaps.map(rootLabel))}`)],
    })),
    ...roots.map((id) => {
      const root = rootById(id);
      return { kind: 'root' as const, heading: `${rootLabel(id)} dermatome (nerve root)`, lines: [...wrap(root.skin), ...wrap(`Key point: ${root.keyPoint.name}.`)] };
    }),
    ...(howFar ? [{ kind: 'note' as const, heading: howFar.sign, lines: [...wrap(`Referral: ${howFar.referral}`), ...wrap(`Root: ${howFar.root}`)] }] : []),
  ];
}
