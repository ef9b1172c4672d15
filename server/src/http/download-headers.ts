// The headers of a file download (attachments, survey and request exports): always saved, never rendered or sniffed, with a Thai name that survives (RFC 6266/5987).

/** RFC 5987 ext-value: UTF-8, percent-encoded, including the characters encodeURIComponent leaves alone but the RFC does not. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** For old clients that ignore filename*: printable ASCII only, with quotes and backslashes replaced. */
function asciiFallback(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return ascii.replace(/_+/g, '_') || 'attachment';
}

/** `sizeBytes` is left out for a streamed body, whose length is not known until its end. */
export function downloadHeaders(fileName: string, contentType: string, sizeBytes?: number): Record<string, string> {
  return {
    'content-type': contentType,
    ...(sizeBytes === undefined ? {} : { 'content-length': String(sizeBytes) }),
    'content-disposition': `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${rfc5987(fileName)}`,
    'x-content-type-options': 'nosniff',
    // Even if a browser were to render it, it gets no script, no same-origin access and no plugins.
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
  };
}
