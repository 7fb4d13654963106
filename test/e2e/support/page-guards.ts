// What every UI test also checks: the page needed nothing the CSP refuses, and threw nothing.
import type { Page } from '@playwright/test';

export interface PageGuards {
  /** CSP violations and uncaught errors seen so far, as lines. */
  problems(): Promise<string[]>;
}

export async function guardPage(page: Page): Promise<PageGuards> {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  // A string, because this file is type-checked for Node, without the DOM.
  await page.addInitScript({
    content: `window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI));`,
  });
  return {
    async problems() {
      const violations = page.isClosed() ? [] : await page.evaluate('window.__cspViolations ?? []').catch(() => []);
      return [...(Array.isArray(violations) ? violations.map(String) : []), ...errors];
    },
  };
}
