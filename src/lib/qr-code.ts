// A QR code as an inline SVG, made at build time, so a printed sign needs no script, no image
// file and no outside service (the Content-Security-Policy allows none).
import { domainToUnicode } from 'node:url';
import QRCode from 'qrcode';

/**
 * The code for `text` as SVG markup that scales to its box. Error correction M (15%) survives a
 * scuffed or glossy print; the 4-module quiet zone is what scanners expect around the code.
 */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}

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
