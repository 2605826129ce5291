/**
 * What the diagram says to a screen reader: its name and description for a type. Shared by the
 * server-rendered diagrams and the viewer's script, which rewrites them when the type changes.
 */
import { variantType, type TypeId } from '../../data/variants/types.ts';

export type DiagramFrame = 'region' | 'closeup';

export function diagramTitle(type: TypeId, frame: DiagramFrame): string {
  return frame === 'region' ? `Diagram of type ${type}, right buttock seen from behind` : `Type ${type}, close up on the piriformis, seen from behind`;
}

export function diagramDescription(type: TypeId, frame: DiagramFrame): string {
  const t = variantType(type);
  const nerveWords = t.divided
    ? 'Tibial division: solid line marked T. Common fibular division: dashed line marked CF.'
    : 'The undivided nerve: one thick line, parting into the tibial division (solid, T) and the common fibular division (dashed, CF) in the thigh.';
  const sites = frame === 'region' ? ' Numbered circles mark the five entrapment sites.' : '';
  return `${t.description} ${nerveWords} The part of each division inside the pelvis, in front of the piriformis, is drawn faint.${sites}`;
}
