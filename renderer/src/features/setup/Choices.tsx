import './setup.css';

interface Props<V extends string> {
  /** Choices side by side (short ones, e.g. two languages) instead of one per line. */
  inline?: boolean;
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V;
  onChange(value: V): void;
}

/** One radio group (arrow keys move between choices; Tab leaves the group). */
export function Choices<V extends string>({ name, legend, options, value, onChange, inline }: Props<V>) {
  return (
    <fieldset className={inline ? undefined : 'setup-choices'}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

