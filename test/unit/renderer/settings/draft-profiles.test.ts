// The store profiles' draft edits: ids made from names (accents, spaces, taken ids), a new profile's panels.
import { expect, it } from 'vitest';
import { WallConfigSchema } from '../../../../src/shared/config.ts';
import type { DraftConfig } from '../../../../src/renderer/settings/draft-config.ts';
import {
  addProfile,
  addProfilePanel,
  freeProfileId,
  removeProfile,
} from '../../../../src/renderer/settings/store-profiles/draft-profiles.ts';

const titles = { reviews: 'Vos avis', brand: 'La marque', stats: 'Statistiques' };
const empty = WallConfigSchema.parse({ panels: [{ id: '1', title: 'Siège', type: 'feed' }] }) as DraftConfig;

it('makes a valid, free id from a name, and a new profile that the schema accepts', () => {
  expect(freeProfileId(empty, 'Lyon Part-Dieu')).toBe('lyon-part-dieu');
  expect(freeProfileId(empty, 'Épinal — Gare')).toBe('epinal-gare');
  expect(freeProfileId(empty, '***')).toBe('magasin');
  const { config, profile } = addProfile(empty, 'Lyon Part-Dieu', titles);
  expect(freeProfileId(config, 'Lyon  part dieu')).toBe('lyon-part-dieu-2');
  expect(profile.panels.map((p) => p.title)).toEqual(['Vos avis', 'La marque', 'Statistiques']);
  const withPanel = { ...config, storeProfiles: [addProfilePanel(profile, 'Nouveau')] };
  expect(withPanel.storeProfiles[0]?.panels.map((p) => p.id)).toEqual(['avis', 'marque', 'chiffres', '4']);
  expect(WallConfigSchema.safeParse(withPanel).success).toBe(true);
  expect(removeProfile(config, 0).storeProfiles).toEqual([]);
});
