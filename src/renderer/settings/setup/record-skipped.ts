// "Skip" in the guided setup: the wall records that IT skipped it (the saved configuration with only its
// `setup` changed), so that it stops opening by itself; the draft's other edits stay unsaved as they were.
// A wall whose setup was already finished or skipped keeps what it says.
import { putSettings } from '../settings-client.ts';
import type { SettingsEditor } from '../use-settings-editor.ts';

/** Resolves when recorded (or nothing to record); a failure leaves the setup to open again next time. */
export async function recordSkipped(editor: SettingsEditor): Promise<void> {
  const saved = editor.settings.config;
  if (saved.setup !== 'unfinished') return;
  const result = await putSettings({ ...saved, setup: 'skipped' }).catch(() => undefined);
  if (result?.ok) editor.adopt(result.settings, (draft, applied) => ({ ...draft, setup: applied.setup }));
}
