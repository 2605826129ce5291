/** The chosen type: its name, where each division runs, and how common it is, with sources. */
import { ANY_VARIANT_NOTES, SOURCE_LABEL, sourceHref, variantType, type TypeId } from '../../data/variants/types.ts';

export function TypeSummary({ type }: { type: TypeId }) {
  const t = variantType(type);
  return (
    <div className="v3d-summary">
      <p className="v3d-summary__name">{t.name}</p>
      <p>{t.description}</p>
      <p className="v3d-summary__rarity">{t.rarity}</p>
      <ul className="v3d-summary__prevalence">
        {t.prevalence.map((p) => (
          <li key={p.source}>
            <strong>{p.value}</strong> {p.basis} (<a href={sourceHref(p.source)}>{SOURCE_LABEL[p.source]}</a>)
          </li>
        ))}
      </ul>
      {t.id !== 'A' && (
        <p className="v3d-summary__note">
          {ANY_VARIANT_NOTES[0]!.text} (<a href={sourceHref(ANY_VARIANT_NOTES[0]!.source)}>{SOURCE_LABEL[ANY_VARIANT_NOTES[0]!.source]}</a>)
        </p>
      )}
    </div>
  );
}
