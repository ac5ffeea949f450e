import { useState } from 'react';
import type { ApiError, Result } from '../../../../shared/result';

/** Runs a sequence of saves and remembers the first failure, for a form's message line. */
export function useSaveState() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [saved, setSaved] = useState(false);

  async function run(steps: Array<() => Promise<Result<unknown>>>): Promise<boolean> {
    setSaving(true);
    setSaved(false);
    setError(undefined);
    try {
      for (const step of steps) {
        const result = await step();
        if (!result.ok) {
          setError(result.error);
          return false;
        }
      }
      setSaved(true);
      return true;
    } finally {
      setSaving(false);
    }
  }
  return { saving, error, saved, run, clear: () => setSaved(false) };
}
