import { useEffect, useState } from 'react';
import { t, type MessageKey } from '../../i18n';

interface Props<E extends string> {
  name: string;
  options: readonly E[];
  value: E | undefined;
  labels: Record<E, MessageKey>;
  onChange(value: E): void;
}

/** Radio buttons: one glance shows where a platform lives, arrow keys move between choices. */
export function EnvironmentChooser<E extends string>({ name, options, value, labels, onChange }: Props<E>) {
  // Show the choice at once; the saved value (after the round trip to the main process) follows.
  const [chosen, setChosen] = useState(value);
  useEffect(() => setChosen(value), [value]);
  return (
    <fieldset className="env-chooser">
      <legend>{t('settings.environment')}</legend>
      {options.map((option) => (
        <label key={option} className="radio">
          <input
            type="radio"
            name={name}
            value={option}
            checked={chosen === option}
            onChange={() => {
              setChosen(option);
              onChange(option);
            }}
          />
          <span>{t(labels[option])}</span>
        </label>
      ))}
    </fieldset>
  );
}
