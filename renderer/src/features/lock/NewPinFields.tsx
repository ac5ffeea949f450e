import { useRef, useState } from 'react';
import { t } from '../../i18n';
import { newPinProblem, pinProblemMessage, type PinProblem } from './pin-rules';
import { PinField } from './PinField';

/**
 * A new PIN typed twice, with the rule under the first box. `check()` shows what is wrong under
 * the box to fix and puts the cursor there; it answers the PIN when both boxes agree.
 */
export function useNewPin() {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<PinProblem>();
  const first = useRef<HTMLInputElement>(null);
  const second = useRef<HTMLInputElement>(null);
  return {
    pin,
    again,
    problem,
    setPin: (value: string) => {
      setPin(value);
      setProblem(undefined);
    },
    setAgain: (value: string) => {
      setAgain(value);
      setProblem(undefined);
    },
    first,
    second,
    check(): string | undefined {
      const found = newPinProblem(pin, again);
      setProblem(found);
      if (found === 'different') second.current?.focus();
      else if (found) first.current?.focus();
      return found ? undefined : pin;
    },
    clear() {
      setPin('');
      setAgain('');
      setProblem(undefined);
    },
  };
}

export function NewPinFields({ state, idPrefix, autoFocus }: { state: ReturnType<typeof useNewPin>; idPrefix: string; autoFocus?: boolean }) {
  const message = state.problem ? t(pinProblemMessage[state.problem]) : undefined;
  return (
    <>
      <PinField
        ref={state.first}
        id={`${idPrefix}-new`}
        label={t('lock.pin.new')}
        value={state.pin}
        onChange={state.setPin}
        hint={t('lock.pin.rule')}
        error={state.problem !== 'different' ? message : undefined}
        autoFocus={autoFocus}
      />
      <PinField
        ref={state.second}
        id={`${idPrefix}-again`}
        label={t('lock.pin.again')}
        value={state.again}
        onChange={state.setAgain}
        error={state.problem === 'different' ? message : undefined}
      />
    </>
  );
}
