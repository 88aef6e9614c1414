// A QR code as an inline SVG, made at build time, so a printed sign needs no script, no image
// file and no outside service (the Content-Security-Policy allows none).
import QRCode from 'qrcode';

/**
 * The code for `text` as SVG markup that scales to its box. Error correction M (15%) survives a
 * scuffed or glossy print; the 4-module quiet zone is what scanners expect around the code.
 */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
