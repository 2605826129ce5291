/** The selected structure or site: its name, a short description and the lesson section that teaches it. */
import { ENTRAPMENT_SITES } from '../../data/variants/entrapment.ts';
import type { Selection } from '../../data/variants/share-state.ts';
import { structure } from '../../data/variants/structures.ts';

interface Props {
  selection: Selection;
  onClear: () => void;
}

export function InfoPanel({ selection, onClear }: Props) {
  if (!selection) {
    return (
      <div className="v3d-info v3d-info--empty">
        <p>Select a structure or a numbered site from the lists, or click it in the 3D view, to read what it is and where it is taught.</p>
      </div>
    );
  }
  const item =
    selection.kind === 'structure'
      ? (() => {
          const s = structure(selection.id);
          return { title: s.name, lines: s.description, lesson: s.lesson };
        })()
      : (() => {
          const s = ENTRAPMENT_SITES.find((x) => x.id === selection.id)!;
          return { title: `Site ${s.number}: ${s.title}`, lines: [s.explanation], lesson: s.lesson };
        })();
  return (
    <div className="v3d-info" data-selected={selection.id}>
      <p className="v3d-info__title">{item.title}</p>
      {item.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>
        Lesson: <a href={item.lesson.href}>{item.lesson.label}</a>
      </p>
      <button type="button" className="v3d-button v3d-button--quiet" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
