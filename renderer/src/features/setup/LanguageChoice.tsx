import { useEffect, useState } from 'react';
import { getLanguage, t, type Language } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { describeError } from '../../ui/errors';
import { Choices } from './Choices';

/**
 * English or Hindi, saved in settings the moment it is picked: the App re-renders every screen in
 * the new language at once, and remembers it for the next start's first paint.
 */
export function LanguageChoice({ inline = false }: { inline?: boolean }) {
  const update = useSettingsStore((s) => s.update);
  const saved = useSettingsStore((s) => s.settings?.language);
  const [error, setError] = useState('');
  // The choice shows at once; the saved value (after the round trip to the main process) follows.
  const [value, setValue] = useState<Language>(saved ?? getLanguage());
  useEffect(() => setValue(saved ?? getLanguage()), [saved]);

  async function choose(language: Language) {
    setValue(language);
    setError('');
    const result = await update({ language });
    if (!result.ok) {
      setValue(saved ?? getLanguage());
      setError(t('language.saveFailed', { message: describeError(result.error) }));
    }
  }

  return (
    <>
      <Choices
        name="language"
        inline={inline}
        legend={t('language.legend')}
        value={value}
        options={[
          // Each language names itself, so an agent who reads only one can find it.
          { value: 'en', label: t('language.en') },
          { value: 'hi', label: t('language.hi') },
        ]}
        onChange={(language) => void choose(language)}
      />
      <p className="hint">{t('language.hint')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
