// A hub's store profiles, part of the Stores view: what each kind of store shows (its panels, brand, language).
// Edited in the page's draft and saved with the Save bar, validated with the rest of the configuration.
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftConfig } from '../draft-config.ts';
import type { FieldErrors } from '../fields/field-errors.ts';
import { addProfile, profilesOf, removeProfile, replaceProfile } from './draft-profiles.ts';
import { ProfileEditor } from './ProfileEditor.tsx';
import './store-profiles.css';

interface StoreProfilesEditorProps {
  draft: DraftConfig;
  errors: FieldErrors;
  onChange: (next: DraftConfig) => void;
}

export function StoreProfilesEditor({ draft, errors, onChange }: StoreProfilesEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const profiles = profilesOf(draft);
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    const titles = {
      reviews: t('settings.storeProfiles.reviewsPanel'),
      brand: t('settings.storeProfiles.brandPanel'),
      stats: t('settings.storeProfiles.statsPanel'),
    };
    onChange(addProfile(draft, name.trim(), titles).config);
    setName('');
  };
  return (
    <div className="store-profiles" data-testid="store-profiles">
      <h3>{t('settings.storeProfiles.title')}</h3>
      <p className="settings-section__intro">{t('settings.storeProfiles.intro')}</p>
      {profiles.length === 0 ? <p>{t('settings.storeProfiles.none')}</p> : null}
      {profiles.map((profile, i) => (
        <ProfileEditor
          key={i}
          draft={draft}
          profile={profile}
          index={i}
          errors={errors}
          set={(next) => onChange(replaceProfile(draft, i, next))}
          onRemove={() => onChange(removeProfile(draft, i))}
        />
      ))}
      <form className="stores__pair" onSubmit={add}>
        <label htmlFor={`${id}-new`}>{t('settings.storeProfiles.newName')}</label>
        <div className="stores__pair-row">
          <input
            id={`${id}-new`}
            className="input"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button" disabled={name.trim() === ''}>
            {t('settings.storeProfiles.add')}
          </button>
        </div>
      </form>
    </div>
  );
}
