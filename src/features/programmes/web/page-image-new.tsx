import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldProblems, useProblemMessage } from '../../ui/web/index.ts';
import { IMAGE_ALT_MAX, IMAGE_UPLOAD_TYPES, type ImageDescription } from '../programme-images.contract.ts';
import { ImageDescriptionFields } from './page-image-fields.tsx';
import { uploadImage } from './page-images.requests.ts';
import { checkImageDescription, checkImageFile } from './page-images-checks.ts';

const BLANK: ImageDescription = { decorative: false, alt: { da: '', en: '' } };
const PREFIX = 'image-new';

/** Reads a file as a data: URL: the preview (the CSP allows data: images) and the upload at once. */
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Choose a file, see it, describe it, add it: the server's refusals are shown beside the fields. */
export function NewImageForm({ programmeId, onAdded }: { programmeId: string; onAdded: () => void }) {
  const { t } = useTranslation('settings');
  const problemMessage = useProblemMessage();
  const fieldProblems = useFieldProblems();
  const [fileKey, setFileKey] = useState(0);
  const [dataUrl, setDataUrl] = useState('');
  const [description, setDescription] = useState(BLANK);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const headingId = useId();

  const upload = useMutation({
    mutationFn: () => uploadImage(programmeId, { ...description, data: dataUrl }),
    onSuccess: () => {
      setDataUrl('');
      setDescription(BLANK);
      setErrors({});
      setFileKey((k) => k + 1);
      onAdded();
    },
    onError: (error) => {
      const fields = fieldProblems(error);
      // The file's own problems (type, size, unreadable) belong beside the file field.
      setErrors(Object.keys(fields).length > 0 ? fields : { file: problemMessage(error) });
    },
  });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0] ?? null;
    const problem = checkImageFile(file);
    setDataUrl('');
    setErrors(problem ? { file: t(`images.errors.${problem}`) } : {});
    if (file && !problem) setDataUrl(await readAsDataUrl(file));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (upload.isPending) return;
    const found: Record<string, string> = {};
    if (!dataUrl) found.file = t('images.errors.noFile');
    for (const [path, check] of Object.entries(checkImageDescription(description)))
      found[path] = t(`images.errors.${check}`, { max: IMAGE_ALT_MAX });
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document
        .getElementById(first === 'file' ? `${PREFIX}-file` : `${PREFIX}-${first.replace('.', '-')}`)
        ?.focus();
      return;
    }
    upload.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="settings-item" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('images.add')}</h3>
      <div className={errors.file ? 'form-group form-error' : 'form-group'}>
        <label className="form-label" htmlFor={`${PREFIX}-file`}>
          {t('images.file')}
        </label>
        <span className="form-hint" id={`${PREFIX}-file-hint`}>
          {t('images.fileHint')}
        </span>
        {errors.file ? (
          <span className="form-error-message" id={`${PREFIX}-file-error`} role="alert">
            {errors.file}
          </span>
        ) : null}
        <input
          key={fileKey}
          id={`${PREFIX}-file`}
          type="file"
          className="form-file-input"
          accept={IMAGE_UPLOAD_TYPES.join(',')}
          aria-describedby={`${PREFIX}-file-hint${errors.file ? ` ${PREFIX}-file-error` : ''}`}
          aria-invalid={errors.file ? true : undefined}
          onChange={(event) => void choose(event)}
        />
      </div>
      {dataUrl ? (
        <figure className="settings-image-preview">
          <img src={dataUrl} alt="" />
          <figcaption className="form-hint">{t('images.preview')}</figcaption>
        </figure>
      ) : null}
      <ImageDescriptionFields prefix={PREFIX} value={description} errors={errors} onChange={setDescription} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={upload.isPending || undefined}>
          {upload.isPending ? t('images.uploading') : t('images.upload')}
        </button>
      </div>
    </form>
  );
}
