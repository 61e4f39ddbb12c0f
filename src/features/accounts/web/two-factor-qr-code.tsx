import { useMemo } from 'react';
import { encode } from 'uqr';

/**
 * The otpauth:// address as a QR code for an authenticator app to scan. Drawn as SVG in the page
 * (no canvas, no image request): the address holds the secret, so it never leaves the browser.
 * Four modules of white border, as scanners need; one path, so it stays small in the DOM.
 */
export function TwoFactorQrCode({ uri, label }: { uri: string; label: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(uri, { ecc: 'M', border: 4 });
    const dark = qr.data.flatMap((row, y) => row.map((on, x) => (on ? `M${x} ${y}h1v1h-1z` : '')));
    return { size: qr.size, path: dark.join('') };
  }, [uri]);
  return (
    <svg
      className="two-factor-qr-code"
      viewBox={`0 0 ${size} ${size}`}
      width="228"
      height="228"
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
