/**
 * The content-security-policy probe both browsers' tests run in an extension page (Chromium through Playwright,
 * Firefox through its remote debugger, so a script as text): an image, a stylesheet, a frame and a font from hosts
 * that do not exist, each blocked one reported as "<directive> <blocked URI>" in window.__cspSeen.
 */
export const CSP_CANARIES = `(() => {
  window.__cspSeen = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspSeen.push(e.effectiveDirective + ' ' + e.blockedURI));
  const img = document.createElement('img');
  img.src = 'https://canary-image.invalid/pixel.png';
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = 'https://canary-style.invalid/s.css';
  const frame = document.createElement('iframe');
  frame.src = 'https://canary-frame.invalid/';
  document.body.append(img, css, frame);
  new FontFace('Canary', 'url(https://canary-font.invalid/f.woff2)').load().catch(() => undefined);
  return true;
})()`;

/** What the probe has seen so far, each violation once, sorted, as JSON. */
export const CSP_SEEN = 'JSON.stringify([...new Set(window.__cspSeen)].sort())';
