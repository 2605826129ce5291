/** @jsxImportSource preact */
/** A small set of radio buttons drawn as a segmented control (native inputs: keyboard for free). */
interface Props<T extends string> {
  legend: string;
  /** The radio group's name: unique on the page (two maps may share one). */
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

export function Segmented<T extends string>({ legend, name, value, options, onChange }: Props<T>) {
  return (
    <fieldset className="derm-seg">
      <legend>{legend}</legend>
      <div className="derm-seg__options">
        {options.map((option) => (
          <label key={option.value} className="derm-seg__option">
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
