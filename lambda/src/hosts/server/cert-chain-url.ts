/**
 * Alexa's rules for `SignatureCertChainUrl`, applied after normalising the URL so that dot segments and
 * case in the scheme and host cannot smuggle in another location.
 */
export type CertChainUrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

const HOST = 's3.amazonaws.com';
const PATH_PREFIX = '/echo.api/';

export function checkCertChainUrl(raw: string): CertChainUrlCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'certificate chain URL is not a URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'certificate chain URL is not https' };
  if (url.hostname !== HOST) return { ok: false, reason: `certificate chain URL host is not ${HOST}` };
  // The URL parser drops an explicit :443, so any port left over is some other port.
  if (url.port !== '') return { ok: false, reason: 'certificate chain URL port is not 443' };
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'certificate chain URL carries credentials' };
  }
  // Case-sensitive on purpose: Alexa's docs list /EcHo.aPi/ as invalid.
  if (!url.pathname.startsWith(PATH_PREFIX)) {
    return { ok: false, reason: `certificate chain URL path does not start with ${PATH_PREFIX}` };
  }
  return { ok: true, url };
}
