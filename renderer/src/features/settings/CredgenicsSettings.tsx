import { useEffect, useState, type FormEvent } from 'react';
import { credgenicsEnvironments, type CredgenicsEnvironment } from '../../../../shared/settings';
import { db } from '../../db/schema';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { resumeSyncAfterSignIn } from '../../sync/app';
import { hrefFor } from '../../ui/router';
import { ConnectionTester } from './ConnectionTester';
import { EnvironmentChooser } from './EnvironmentChooser';
import { SavedSecret } from './SavedSecret';
import { FormActions } from './FormActions';
import { signOutUnlessUnsent } from './sign-out';
import { useSaveState } from './useSaveState';

const labels = {
  production: 'settings.env.production',
  uat: 'settings.env.uat',
  training: 'settings.env.training',
  custom: 'settings.env.custom',
} as const;

export function CredgenicsSettings() {
  const settings = useSettingsStore((s) => s.settings!.credgenics);
  const status = useSettingsStore((s) => s.credentials!);
  const { update, saveCredgenicsToken, removeSecret } = useSettingsStore.getState();
  const env = settings.environment;

  const [baseUrl, setBaseUrl] = useState(settings.customBaseUrl ?? '');
  const [rootUrl, setRootUrl] = useState(settings.customRootUrl ?? '');
  const [companyId, setCompanyId] = useState(settings.companyId ?? '');
  const [role, setRole] = useState(settings.role ?? '');
  const [token, setToken] = useState('');
  const [replacing, setReplacing] = useState(false);
  /** How many items were unsent when Remove was refused (undefined = not refused). */
  const [refusedRemove, setRefusedRemove] = useState<number>();
  const save = useSaveState();
  const tokenSet = status.credgenics.configured && env !== 'training';
  const showTokenInput = env !== undefined && env !== 'training' && (!tokenSet || replacing);

  useEffect(() => {
    setReplacing(false);
    setRefusedRemove(undefined);
  }, [env]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await save.run([
      () =>
        update({
          credgenics: {
            ...(env === 'custom' ? { customBaseUrl: baseUrl } : {}),
            ...(env === 'custom' && rootUrl ? { customRootUrl: rootUrl } : {}),
            companyId: companyId.trim() || undefined,
            role: role.trim() || undefined,
          },
        }),
      ...(showTokenInput && token ? [() => saveCredgenicsToken(token)] : []),
    ]);
    if (ok) {
      setToken('');
      setReplacing(false);
      // New sign-in details: whatever waited for sign-in goes now, not at the next probe.
      void resumeSyncAfterSignIn('credgenics');
    }
  }

  async function remove() {
    const outcome = await signOutUnlessUnsent(db(), () => removeSecret('credgenics'), 'credgenics');
    setRefusedRemove(outcome.refused ? outcome.unsent : undefined);
  }

  return (
    <section className="card" aria-labelledby="credgenics-title">
      <h2 id="credgenics-title">{t('settings.credgenics.title')}</h2>
      <EnvironmentChooser<CredgenicsEnvironment>
        name="credgenics-environment"
        options={credgenicsEnvironments}
        value={env}
        labels={labels}
        onChange={(environment) =>
          void update({ credgenics: { environment } }).then((result) => {
            if (result.ok) void resumeSyncAfterSignIn('credgenics');
          })
        }
      />
      {env === 'training' && <p className="hint">{t('settings.training.note')}</p>}
      {status.credgenics.hostChanged && env !== 'training' && (
        <p role="alert" className="error">
          {t('settings.credgenics.hostChanged')}
        </p>
      )}
      {/* In training too: receipt messages need the company id and the role there as well. */}
      {env && (
        <form onSubmit={submit} className="form">
          {env === 'custom' && (
            <>
              <label>
                {t('settings.credgenics.baseUrl')}
                <input
                  type="url"
                  required
                  placeholder="https://apiuat.credgenics.com/recovery"
                  value={baseUrl}
                  onChange={(e) => setBaseUrl(e.target.value)}
                />
              </label>
              <label>
                {t('settings.credgenics.rootUrl')}
                <input type="url" value={rootUrl} onChange={(e) => setRootUrl(e.target.value)} />
              </label>
            </>
          )}
          <label>
            {t('settings.credgenics.companyId')}
            <input
              value={companyId}
              onChange={(e) => setCompanyId(e.target.value)}
              autoComplete="off"
              aria-describedby="credgenics-company-role-hint"
            />
          </label>
          <label>
            {t('settings.credgenics.role')}
            <input
              value={role}
              maxLength={100}
              onChange={(e) => setRole(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              aria-describedby="credgenics-company-role-hint"
            />
          </label>
          <p id="credgenics-company-role-hint" className="hint">
            {t('settings.credgenics.companyRoleHint')}
          </p>
          {env === 'training' ? null : tokenSet && !replacing ? (
            <SavedSecret
              label={t('settings.credgenics.tokenLabel')}
              onReplace={() => {
                setRefusedRemove(undefined);
                setReplacing(true);
              }}
              onRemove={remove}
            />
          ) : (
            <label>
              {t('settings.credgenics.token')}
              <input
                type="password"
                value={token}
                required={!tokenSet}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => setToken(e.target.value)}
              />
            </label>
          )}
          {refusedRemove !== undefined && (
            <p role="alert" className="error">
              {refusedRemove === 1 ? t('sync.signOut.refusedOne') : t('sync.signOut.refusedMany', { count: refusedRemove })}{' '}
              <a href={hrefFor({ name: 'sync' })}>{t('sync.signOut.openSync')}</a>
            </p>
          )}
          <FormActions save={save} onCancel={replacing ? () => setReplacing(false) : undefined} />
        </form>
      )}
      {env && <ConnectionTester platform="credgenics" />}
    </section>
  );
}
