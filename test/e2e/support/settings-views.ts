// Moves the settings page to one of its views (sources, panels, branding, moderation, profile), as IT does:
// by its link in the navigation.
import { expect, type Page } from '@playwright/test';

export async function openView(page: Page, view: string): Promise<void> {
  await page.locator(`.settings__nav a[href="#${view}"]`).click();
  await expect(page.getByTestId('settings-page')).toHaveAttribute('data-view', view);
}
