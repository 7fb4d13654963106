// Stores (a hub's settings, docs/fleet.md): pair a store PC with a one-time code shown here, see every paired
// store's last contact and version, remove one (its access is cut at once). Each action applies at once,
// outside the page's Save, but the store profiles (`children`, saved with the page); a store's profile is chosen
// in its row and for its code. On a wall that is not a hub, the view says so.
import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import type { FleetStoreView, PairingCodeResponse } from '../../../shared/fleet-contract.ts';
import { ApiError } from '../../api/api-error.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { assignProfile, createPairingCode, getStores, revokeStore } from './stores-client.ts';
import { UpdateCell } from './UpdateCell.tsx';
import './stores.css';

type Listing =
  | { kind: 'loading' }
  | { kind: 'not-hub' }
  | { kind: 'failed'; message: string }
  | { kind: 'ok'; stores: FleetStoreView[] };

interface StoresSectionProps {
  /** The store profiles as saved on the hub (a store is assigned only to a saved one). */
  profiles?: readonly { id: string; name: string }[];
  /** The profiles' editor, shown on a hub only. */
  children?: ReactNode;
}

export function StoresSection({ profiles = [], children }: StoresSectionProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [name, setName] = useState('');
  const [profileId, setProfileId] = useState('');
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<(PairingCodeResponse & { storeName: string }) | undefined>();
  const [note, setNote] = useState('');
  const when = (iso: string) => new Date(iso).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' });

  const load = useCallback(async () => {
    try {
      setListing({ kind: 'ok', stores: (await getStores()).stores });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setListing({ kind: 'not-hub' });
      else setListing({ kind: 'failed', message: (error as Error).message });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const pair = async (e: FormEvent) => {
    e.preventDefault();
    const storeName = name.trim();
    if (!storeName) return;
    setBusy(true);
    setNote('');
    try {
      setMade({ ...(await createPairingCode(storeName, profileId || undefined)), storeName });
      setName('');
    } catch (error) {
      setNote(t('settings.stores.failed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const assign = async (store: FleetStoreView, next: string) => {
    try {
      await assignProfile(store.id, next || null);
      const profile = profiles.find((p) => p.id === next)?.name ?? t('settings.stores.hubPanels');
      setNote(t('settings.stores.assigned', { name: store.name, profile }));
    } catch (error) {
      setNote(t('settings.stores.failed', { message: (error as Error).message }));
    }
    await load();
  };

  const profileOptions = (
    <>
      <option value="">{t('settings.stores.hubPanels')}</option>
      {profiles.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );

  const remove = async (store: FleetStoreView) => {
    if (!window.confirm(t('settings.stores.revokeConfirm', { name: store.name }))) return;
    try {
      await revokeStore(store.id);
      setNote(t('settings.stores.revoked', { name: store.name }));
    } catch (error) {
      setNote(t('settings.stores.failed', { message: (error as Error).message }));
    }
    await load();
  };

  return (
    <section
      className="settings-section stores"
      aria-labelledby="section-stores"
      id="stores"
      data-testid="stores-section"
    >
      <h2 id="section-stores">{t('settings.stores.title')}</h2>
      {listing.kind === 'not-hub' ? (
        <p className="settings-section__intro">{t('settings.stores.notHub')}</p>
      ) : (
        <>
          <p className="settings-section__intro">{t('settings.stores.intro')}</p>
          <form className="stores__pair" onSubmit={(e) => void pair(e)} aria-labelledby={`${id}-pair`}>
            <h3 id={`${id}-pair`}>{t('settings.stores.pairTitle')}</h3>
            <label htmlFor={`${id}-name`}>{t('settings.stores.storeName')}</label>
            <p className="field__help" id={`${id}-help`}>
              {t('settings.stores.storeNameHelp')}
            </p>
            <div className="stores__pair-row">
              <input
                id={`${id}-name`}
                className="input"
                aria-describedby={`${id}-help`}
                value={name}
                maxLength={80}
                onChange={(e) => setName(e.target.value)}
              />
              <select
                className="input stores__profile"
                aria-label={t('settings.stores.profile')}
                value={profileId}
                onChange={(e) => setProfileId(e.target.value)}
              >
                {profileOptions}
              </select>
              <button type="submit" className="button button--primary" disabled={busy || name.trim() === ''}>
                {busy ? t('settings.stores.pairing') : t('settings.stores.pairButton')}
              </button>
            </div>
          </form>
          {made ? (
            <div className="stores__code" role="status" data-testid="pairing-code">
              <h3>{t('settings.stores.codeTitle', { name: made.storeName })}</h3>
              <p className="stores__code-value">{made.code}</p>
              <p>{t('settings.stores.codeExpires', { time: when(made.expiresAt) })}</p>
              <p>{t('settings.stores.codeHow')}</p>
              <code>
                npm run serve -- --follow {window.location.origin} --pair {made.code}
              </code>
            </div>
          ) : null}
          <p className="settings-note" role="status">
            {note}
          </p>
          <h3>{t('settings.stores.listTitle')}</h3>
          {listing.kind === 'loading' ? null : listing.kind === 'failed' ? (
            <p className="settings-note">{t('settings.stores.failed', { message: listing.message })}</p>
          ) : listing.stores.length === 0 ? (
            <p>{t('settings.stores.none')}</p>
          ) : (
            <table className="stores__list" data-testid="stores-list">
              <thead>
                <tr>
                  <th scope="col">{t('settings.stores.name')}</th>
                  <th scope="col">{t('settings.stores.profile')}</th>
                  <th scope="col">{t('settings.stores.device')}</th>
                  <th scope="col">{t('settings.stores.pairedAt')}</th>
                  <th scope="col">{t('settings.stores.lastContact')}</th>
                  <th scope="col">{t('settings.stores.version')}</th>
                  <th scope="col">{t('settings.stores.update')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {listing.stores.map((store) => (
                  <tr key={store.id}>
                    <th scope="row">{store.name}</th>
                    <td>
                      <select
                        className="input"
                        aria-label={t('settings.stores.profileOf', { name: store.name })}
                        value={store.profileId ?? ''}
                        onChange={(e) => void assign(store, e.target.value)}
                      >
                        {profileOptions}
                        {store.profileId && !profiles.some((p) => p.id === store.profileId) ? (
                          <option value={store.profileId}>{t('settings.stores.removedProfile')}</option>
                        ) : null}
                      </select>
                    </td>
                    <td>{store.deviceName}</td>
                    <td>{when(store.pairedAt)}</td>
                    <td>{store.lastContactAt ? when(store.lastContactAt) : t('settings.stores.never')}</td>
                    <td>{store.version ?? t('settings.stores.unknown')}</td>
                    <UpdateCell update={store.update} />
                    <td>
                      <button type="button" className="button button--danger" onClick={() => void remove(store)}>
                        {t('settings.stores.revoke')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {children}
        </>
      )}
    </section>
  );
}
