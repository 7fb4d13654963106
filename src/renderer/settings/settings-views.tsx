// The settings page's views, in the navigation's order. Adding a view is adding an entry here: its id (the
// address's #fragment), its name in the navigation (settings.nav in the i18n resources), the configuration
// fields it edits (saved by the page's Save bar; a refused save opens the view of its first refused field),
// and what it draws. A view without `edits` acts at once (its own buttons), outside the page's form.
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { BrandingSection } from './branding/BrandingSection.tsx';
import { ModerationSection } from './moderation/ModerationSection.tsx';
import { PanelsSection } from './panels/PanelsSection.tsx';
import { ProfileSection } from './profile/ProfileSection.tsx';
import { SourcesSection } from './sources/SourcesSection.tsx';
import { StoresSection } from './stores/StoresSection.tsx';
import { StoreProfilesEditor } from './store-profiles/StoreProfilesEditor.tsx';
import type { HealthView } from './sources/use-source-health.ts';
import type { SettingsEditor } from './use-settings-editor.ts';

export interface ViewContext {
  editor: SettingsEditor;
  /** The sources' live health, polled while the page is open. */
  health: HealthView;
}

export interface SettingsView {
  id: string;
  label: (t: TFunction<'wall'>) => string;
  /** Whether a configuration path (e.g. "sources[1].options.token") is one of this view's fields. */
  edits?: (field: string) => boolean;
  /** The view has forms of its own that act at once: it is drawn outside the page's form, its Save below it. */
  ownForms?: boolean;
  render: (context: ViewContext) => ReactNode;
}

/** A path under one of these roots: "brand" takes "brand", "brand.name", "brand.hashtags[0]". */
const under =
  (...roots: string[]) =>
  (field: string) =>
    roots.some((r) => field === r || field.startsWith(`${r}.`) || field.startsWith(`${r}[`));

export const SETTINGS_VIEWS: readonly SettingsView[] = [
  {
    id: 'sources',
    label: (t) => t('settings.nav.sources'),
    edits: under('sources'),
    render: ({ editor, health }) => (
      <SourcesSection
        draft={editor.draft}
        saved={editor.settings.config}
        connectors={editor.settings.connectors}
        health={health}
        errors={editor.errors}
        onChange={editor.setDraft}
        secretStorage={editor.settings.secretStorage}
      />
    ),
  },
  {
    id: 'panels',
    label: (t) => t('settings.nav.panels'),
    edits: under('panels', 'screens'),
    render: ({ editor }) => (
      <PanelsSection
        draft={editor.draft}
        connectors={editor.settings.connectors}
        errors={editor.errors}
        onChange={editor.setDraft}
        canIdentifyScreens={editor.settings.canIdentifyScreens}
      />
    ),
  },
  {
    id: 'branding',
    label: (t) => t('settings.nav.branding'),
    edits: under('brand', 'language', 'responseTargetMinutes', 'retentionDays', 'timeZone'),
    render: ({ editor }) => (
      <BrandingSection
        draft={editor.draft}
        errors={editor.errors}
        onChange={editor.setDraft}
        onApplied={editor.adopt}
      />
    ),
  },
  {
    id: 'moderation',
    label: (t) => t('settings.nav.moderation'),
    edits: under('moderation'),
    render: ({ editor }) => (
      <ModerationSection draft={editor.draft} errors={editor.errors} onChange={editor.setDraft} />
    ),
  },
  {
    id: 'profile',
    label: (t) => t('settings.nav.profile'),
    render: ({ editor }) => <ProfileSection mode={editor.settings.mode} />,
  },
  {
    // A hub's store PCs (docs/fleet.md); on a single wall the view says it is not a hub.
    id: 'stores',
    label: (t) => t('settings.nav.stores'),
    edits: under('storeProfiles'),
    ownForms: true,
    render: ({ editor }) => (
      <StoresSection profiles={editor.settings.config.storeProfiles ?? []}>
        <StoreProfilesEditor draft={editor.draft} errors={editor.errors} onChange={editor.setDraft} />
      </StoresSection>
    ),
  },
];

/** The view that holds a configuration path; the first view for a path no view claims. */
export function viewOf(field: string, views: readonly SettingsView[] = SETTINGS_VIEWS): SettingsView | undefined {
  return views.find((v) => v.edits?.(field));
}
