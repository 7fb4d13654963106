// A QR code as an SVG data URL (the CSP allows data: images; nothing is fetched).
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

export function useQrCode(text: string | undefined): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!text) {
      setUrl(undefined);
      return;
    }
    let cancelled = false;
    QRCode.toString(text, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
      color: { dark: '#0b0e14', light: '#ffffff' },
    })
      .then((svg) => {
        if (!cancelled) setUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (!cancelled) setUrl(undefined);
      });
    return () => {
      cancelled = true;
    };
  }, [text]);
  return url;
}
