import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A pairing link as a QR code, drawn by the `qrcode` library as SVG text (no canvas, no
 * network) and shown as a data: image, which the page's CSP allows.
 */
export function PairingQr(props: { link: string; label: string; className?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(props.link, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }).then(
      (svg) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [props.link]);
  return src ? (
    <img className={props.className ?? 'pairing-qr'} src={src} alt={props.label} data-qr />
  ) : null;
}
