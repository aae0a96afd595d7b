import { createRequire } from 'node:module';
import type { Page } from 'playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

type Axe = { run: (context: Document, options: RunOptions) => Promise<AxeResults> };

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The serious and critical axe violations of the page as it is now (lists open included), as `rule: targets`. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const results = await (window as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}
