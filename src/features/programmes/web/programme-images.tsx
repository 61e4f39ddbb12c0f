import type { PublicImage } from '../programme-images.contract.ts';
import type { Locale } from '../programmes.contract.ts';

/**
 * The page's images in the flyer: each in the widths stored (the browser picks by `sizes`, so a
 * phone fetches the narrow one), lazily loaded, with width and height so nothing jumps. Alt text
 * not in the page's language is marked with its own.
 */
export function ProgrammeImages({ images, locale }: { images: PublicImage[]; locale: Locale }) {
  if (images.length === 0) return null;
  return (
    <ul className="unstyled-list programme-images">
      {images.map((image) => {
        const widest = image.files.at(-1);
        if (!widest) return null;
        return (
          <li key={image.id}>
            <img
              src={widest.src}
              srcSet={image.files.map((f) => `${f.src} ${f.width}w`).join(', ')}
              sizes="(min-width: 992px) 66rem, 100vw"
              width={widest.width}
              height={widest.height}
              alt={image.alt}
              lang={image.alt && image.altLocale !== locale ? image.altLocale : undefined}
              loading="lazy"
              decoding="async"
            />
          </li>
        );
      })}
    </ul>
  );
}
