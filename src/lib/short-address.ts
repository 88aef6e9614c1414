// A sign's address in print, apart from the QR code's module: `check` measures signs without
// loading a QR encoder.
import { domainToUnicode } from 'node:url';

/**
 * The address as printed for people without a camera: no `https://`, no trailing `/`, and as it
 * reads: "bibliothèque.example/normas-niños" had printed as "xn--bibliothque-59a.example/normas-ni%C3%B1os"
 * (found by a new-user trial). The QR code keeps the address as it is sent.
 */
export function shortAddress(url: string): string {
  const parsed = new URL(url);
  let path: string;
  try {
    path = decodeURI(parsed.pathname);
  } catch {
    path = parsed.pathname;
  }
  const host = domainToUnicode(parsed.hostname) + (parsed.port ? `:${parsed.port}` : '');
  return `${host}${path}`.replace(/\/$/, '');
}
