import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * The QR code printed beside the verification code. Drawn by the `qrcode` library as SVG text
 * (no canvas, no network), shown as a data: image, which the page's CSP allows.
 */
export function VerificationQr(props: { text: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(props.text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }).then(
      (svg) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [props.text]);
  return src ? <img className="verification-qr" src={src} alt={props.label} /> : null;
}
