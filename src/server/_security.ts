/** Security headers, CSP and bearer-token checks shared by every route. */
import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import { PATTERNS } from './patterns.ts';

/** True when `host` only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return PATTERNS.loopbackHost.test(host.trim());
}

/** Same-origin only: no external script, style, font, image or connection anywhere. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Sets the security headers on every response, errors included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(HEADERS)) c.res.headers.set(k, v);
    if (c.req.path.startsWith('/api/') || c.req.path === '/openapi.json') c.res.headers.set('Cache-Control', 'no-store');
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Write endpoints need `Authorization: Bearer <token>` whenever a token is configured. */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return next();
    const header = c.req.header('authorization') ?? '';
    const m = PATTERNS.bearer.exec(header);
    if (!m || !sameSecret(m[1], token)) {
      return c.json({ error: { code: 'unauthorized', message: 'this endpoint needs Authorization: Bearer <token>' } }, 401, { 'WWW-Authenticate': 'Bearer' });
    }
    return next();
  };
}
