import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldProblems, useProblemMessage } from '../../ui/web/index.ts';
import { IMAGE_ALT_MAX, IMAGE_MAX_COUNT, type ProgrammeImage } from '../programme-images.contract.ts';
import { ImageDescriptionFields } from './page-image-fields.tsx';
import { NewImageForm } from './page-image-new.tsx';
import { describeImage, orderImages, programmeImagesQuery, removeImage } from './page-images.requests.ts';
import { checkImageDescription } from './page-images-checks.ts';

const HEADING_ID = 'page-images-heading';

/**
 * The page's images in the editor: shared by both languages, so outside the language tabs' form.
 * Each change is saved at once (and audited); `onMessage` says so in the page's status region.
 */
export function PageImagesSection({
  programmeId,
  onMessage,
}: {
  programmeId: string;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation('settings');
  const queryClient = useQueryClient();
  const problemMessage = useProblemMessage();
  const [moveError, setMoveError] = useState('');
  const images = useQuery(programmeImagesQuery(programmeId));
  const list = images.data?.images ?? [];
  async function changed(message: string) {
    onMessage(message);
    await queryClient.invalidateQueries({ queryKey: ['programme-images', programmeId] });
    await queryClient.invalidateQueries({ queryKey: ['programmes'] });
  }
  const move = useMutation({
    mutationFn: (ids: string[]) => orderImages(programmeId, ids),
    onSuccess: () => {
      setMoveError('');
      return changed(t('images.moved'));
    },
    onError: (error) => setMoveError(problemMessage(error)),
  });
  return (
    <section aria-labelledby={HEADING_ID} className="settings-section">
      <h2 id={HEADING_ID} tabIndex={-1}>
        {t('images.title')}
      </h2>
      <p className="form-hint">{t('images.intro')}</p>
      {moveError ? (
        <p className="form-error-message" role="alert">
          {moveError}
        </p>
      ) : null}
      {images.isSuccess && list.length === 0 ? <p>{t('images.none')}</p> : null}
      {list.map((image, index) => (
        <StoredImage
          key={image.id}
          programmeId={programmeId}
          image={image}
          n={index + 1}
          onChanged={changed}
          onMoveUp={
            index > 0
              ? () => {
                  const ids = list.map((i) => i.id);
                  [ids[index - 1], ids[index]] = [ids[index]!, ids[index - 1]!];
                  move.mutate(ids);
                }
              : undefined
          }
        />
      ))}
      {images.isSuccess && list.length < IMAGE_MAX_COUNT ? (
        <NewImageForm programmeId={programmeId} onAdded={() => void changed(t('images.uploaded'))} />
      ) : null}
    </section>
  );
}

function StoredImage({
  programmeId,
  image,
  n,
  onChanged,
  onMoveUp,
}: {
  programmeId: string;
  image: ProgrammeImage;
  n: number;
  onChanged: (message: string) => Promise<void>;
  onMoveUp: (() => void) | undefined;
}) {
  const { t } = useTranslation('settings');
  const problemMessage = useProblemMessage();
  const fieldProblems = useFieldProblems();
  const [description, setDescription] = useState({ decorative: image.decorative, alt: image.alt });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const prefix = `image-${n}`;
  const name = t('images.item', { n });
  const onError = (error: unknown) => {
    const fields = fieldProblems(error);
    setErrors(Object.keys(fields).length > 0 ? fields : { image: problemMessage(error) });
  };
  const save = useMutation({
    mutationFn: () => describeImage(programmeId, image.id, description),
    onSuccess: () => {
      setErrors({});
      return onChanged(t('images.textSaved'));
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: () => removeImage(programmeId, image.id),
    onSuccess: async () => {
      await onChanged(t('images.removed'));
      document.getElementById(HEADING_ID)?.focus();
    },
    onError,
  });
  function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const [path, check] of Object.entries(checkImageDescription(description)))
      found[path] = t(`images.errors.${check}`, { max: IMAGE_ALT_MAX });
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  }
  const small = image.files[0];
  return (
    <form noValidate onSubmit={submit}>
      <fieldset className="settings-item">
        <legend className="h4">{name}</legend>
        {small ? (
          <img
            className="settings-image-preview"
            src={small.src}
            width={small.width}
            height={small.height}
            alt=""
          />
        ) : null}
        {errors.image ? (
          <p className="form-error-message" role="alert">
            {errors.image}
          </p>
        ) : null}
        <ImageDescriptionFields
          prefix={prefix}
          value={description}
          errors={errors}
          onChange={setDescription}
        />
        <div className="form-actions settings-image-actions">
          <button type="submit" className="button button-secondary settings-remove">
            {t('images.saveText')}
            <span className="sr-only"> – {name.toLowerCase()}</span>
          </button>
          {onMoveUp ? (
            <button type="button" className="button button-tertiary settings-remove" onClick={onMoveUp}>
              {t('images.moveUp')}
              <span className="sr-only"> – {name.toLowerCase()}</span>
            </button>
          ) : null}
          <button
            type="button"
            className="button button-tertiary settings-remove"
            onClick={() => remove.mutate()}
          >
            {t('images.remove')}
            <span className="sr-only"> – {name.toLowerCase()}</span>
          </button>
        </div>
      </fieldset>
    </form>
  );
}
