import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

/** The four Lighthouse categories Salesbook holds to 95 or more. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Scores (0–100) of one page, and any request that left the local server. */
export interface LighthouseResult {
  url: string;
  /** Only the categories asked for. */
  scores: Partial<Record<Category, number>>;
  /** Audits in a category that did not pass, e.g. `seo: meta-description`, to explain a low score. */
  failed: string[];
  externalRequests: string[];
}

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];

/**
 * Runs Lighthouse (its default mobile preset: emulated phone, simulated slow 4G) on each page of a
 * locally served site with Debian's Chromium, one Chrome for all pages.
 */
export async function measureLighthouse(
  origin: string,
  paths: readonly string[],
  categories: readonly Category[] = CATEGORIES,
  chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium',
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const results: LighthouseResult[] = [];
    for (const pathname of paths) {
      const url = `${origin}${pathname}`;
      const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = runner;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Partial<Record<Category, number>>;
      const failed = categories.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
          .map((ref) => `${id}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
      );
      const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
      const externalRequests = requests.map((item) => item.url).filter((address) => !address.startsWith(origin) && !address.startsWith('data:'));
      results.push({ url, scores, failed, externalRequests });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
