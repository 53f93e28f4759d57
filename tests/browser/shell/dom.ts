// Small DOM readers shared by the shell browser tests.
import type { Page } from 'puppeteer';

/** The visible names of the links and buttons in the main navigation (task bar). */
export function mainNavNames(page: Page): Promise<string[]> {
  return page.$$eval('nav[aria-label="Main"] a, nav[aria-label="Main"] button', (elements) =>
    elements
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => (element.textContent ?? '').replace(/[▼▲]/g, '').trim()),
  );
}

/** The text and id of the focused element. */
export function focused(page: Page): Promise<{ text: string; id: string; tag: string; expanded: string | null }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      text: (element?.textContent ?? '').replace(/[▼▲]/g, '').trim(),
      id: element?.id ?? '',
      tag: element?.tagName.toLowerCase() ?? '',
      expanded: element?.getAttribute('aria-expanded') ?? null,
    };
  });
}

export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

export function isVisible(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const style = window.getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
  });
}
