/**
 * Records every request a browser context makes — pages, iframes, dedicated and service workers —
 * and every request the page's Content-Security-Policy refused (a refused request never reaches
 * the network, so it is caught from the page's `securitypolicyviolation` events and the console).
 * `offOrigin` lists the URLs whose host is not 127.0.0.1/localhost (data: and blob: are local).
 */
import { BrowserContext, Page } from "playwright-core";

export interface NetworkReport {
  requests: string[];
  offOrigin: string[];
  cspViolations: string[];
  /** URLs of frames other than the main one (Office.js's telemetry came as an iframe). */
  frames: string[];
}

const LOCAL_HOSTS = ["127.0.0.1", "localhost"];

export function isOffOrigin(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || url === "about:blank") return false;
  return !LOCAL_HOSTS.includes(hostname);
}

export async function watchNetwork(context: BrowserContext): Promise<{
  throttle: (page: Page, rate: number) => Promise<void>;
  report: (page: Page) => Promise<NetworkReport>;
}> {
  const requests = new Set<string>();
  const seen: string[] = [];
  const add = (url: string) => {
    seen.push(url);
    requests.add(url);
  };
  const consoleCsp: string[] = [];
  context.on("request", (r) => add(r.url()));
  context.on("serviceworker", (w) => add(w.url()));
  context.on("page", (page) => {
    page.on("request", (r) => add(r.url()));
    page.on("worker", (w) => add(w.url()));
    page.on("frameattached", (f) => add(f.url() || "about:blank"));
    page.on("framenavigated", (f) => add(f.url()));
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
    });
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return {
    throttle: async (page, rate) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    },
    report: async (page) => {
      const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      const frames = page
        .frames()
        .filter((f) => f !== page.mainFrame())
        .map((f) => f.url());
      return {
        requests: [...requests],
        offOrigin: [...new Set(seen.filter(isOffOrigin))],
        cspViolations: [...violations, ...consoleCsp],
        frames,
      };
    },
  };
}
