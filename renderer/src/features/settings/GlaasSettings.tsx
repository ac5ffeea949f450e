import { useEffect, useState, type FormEvent } from 'react';
import { resumeSyncAfterSignIn } from '../../sync/app';
import { glaasEnvironments, type GlaasEnvironment } from '../../../../shared/settings';
import { db } from '../../db/schema';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { hrefFor } from '../../ui/router';
import { ConnectionTester } from './ConnectionTester';
import { EnvironmentChooser } from './EnvironmentChooser';
import { SavedSecret } from './SavedSecret';
import { FormActions } from './FormActions';
import { signOutUnlessUnsent } from './sign-out';
import { useSaveState } from './useSaveState';

const labels = {
  production: 'settings.env.production',
  sandbox: 'settings.env.sandbox',
  training: 'settings.env.training',
  custom: 'settings.env.custom',
} as const;

export function GlaasSettings() {
  const settings = useSettingsStore((s) => s.settings!.glaas);
  const status = useSettingsStore((s) => s.credentials!);
  const { update, saveGlaasLogin, removeSecret } = useSettingsStore.getState();
  const env = settings.environment;

  const [partnerId, setPartnerId] = useState(settings.partnerId ?? '');
  const [authUrl, setAuthUrl] = useState(settings.customAuthUrl ?? '');
  const [apiUrl, setApiUrl] = useState(settings.customApiUrl ?? '');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [replacing, setReplacing] = useState(false);
  /** How many GLAAS items were unsent when Remove was refused (undefined = not refused). */
  const [refusedRemove, setRefusedRemove] = useState<number>();
  const save = useSaveState();
  const loginSet = status.glaas.configured && env !== 'training';
  const showLoginInputs = env !== undefined && env !== 'training' && (!loginSet || replacing);

  useEffect(() => {
    setReplacing(false);
    setRefusedRemove(undefined);
  }, [env]);

  // Without the password, GLAAS items still on the laptop could never be sent: refuse first.
  async function remove() {
    const outcome = await signOutUnlessUnsent(db(), () => removeSecret('glaas'), 'glaas');
    setRefusedRemove(outcome.refused ? outcome.unsent : undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await save.run([
      () =>
        update({
          glaas: {
            ...(env === 'sandbox' ? { partnerId: partnerId.trim() } : {}),
            ...(env === 'custom' ? { customAuthUrl: authUrl, customApiUrl: apiUrl } : {}),
          },
        }),
      ...(showLoginInputs && (username || password) ? [() => saveGlaasLogin(username.trim(), password)] : []),
    ]);
    if (ok) {
      setPassword('');
      setReplacing(false);
      // New sign-in details: GLAAS items that waited for sign-in go now, not at the next probe.
      void resumeSyncAfterSignIn('glaas');
    }
  }

  return (
    <section className="card" aria-labelledby="glaas-title">
      <h2 id="glaas-title">{t('settings.glaas.title')}</h2>
      <EnvironmentChooser<GlaasEnvironment>
        name="glaas-environment"
        options={glaasEnvironments}
        value={env}
        labels={labels}
        onChange={(environment) =>
          void update({ glaas: { environment } }).then((result) => {
            if (result.ok) void resumeSyncAfterSignIn('glaas');
          })
        }
      />
      {env === 'training' && <p className="hint">{t('settings.training.note')}</p>}
      {status.glaas.hostChanged && env !== 'training' && (
        <p role="alert" className="error">
          {t('settings.glaas.hostChanged')}
        </p>
      )}
      {env && env !== 'training' && (
        <form onSubmit={submit} className="form">
          {env === 'sandbox' && (
            <label>
              {t('settings.glaas.partnerId')}
              <input required value={partnerId} onChange={(e) => setPartnerId(e.target.value)} autoComplete="off" />
            </label>
          )}
          {env === 'custom' && (
            <>
              <label>
                {t('settings.glaas.authUrl')}
                <input type="url" required value={authUrl} onChange={(e) => setAuthUrl(e.target.value)} />
              </label>
              <label>
                {t('settings.glaas.apiUrl')}
                <input type="url" required value={apiUrl} onChange={(e) => setApiUrl(e.target.value)} />
              </label>
            </>
          )}
          {loginSet && !replacing ? (
            <SavedSecret
              label={t('settings.glaas.loginLabel')}
              onReplace={() => {
                setRefusedRemove(undefined);
                setReplacing(true);
              }}
              onRemove={remove}
            />
          ) : (
            <>
              <label>
                {t('settings.glaas.username')}
                <input
                  required={!loginSet}
                  value={username}
                  autoComplete="off"
                  onChange={(e) => setUsername(e.target.value)}
                />
              </label>
              <label>
                {t('settings.glaas.password')}
                <input
                  type="password"
                  required={!loginSet}
                  value={password}
                  autoComplete="off"
                  onChange={(e) => setPassword(e.target.value)}
                />
              </label>
            </>
          )}
          {refusedRemove !== undefined && (
            <p role="alert" className="error">
              {refusedRemove === 1 ? t('signout.glaas.refusedOne') : t('signout.glaas.refusedMany', { count: refusedRemove })}{' '}
              <a href={hrefFor({ name: 'sync' })}>{t('sync.signOut.openSync')}</a>
            </p>
          )}
          <FormActions save={save} onCancel={replacing ? () => setReplacing(false) : undefined} />
        </form>
      )}
      {env && <ConnectionTester platform="glaas" />}
    </section>
  );
}
