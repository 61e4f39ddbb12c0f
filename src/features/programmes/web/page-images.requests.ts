/** The image calls of /indstillinger/side, all through apiFetch. */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api-client.ts';
import type {
  ImageDescription,
  ImageUpload,
  ProgrammeImage,
  ProgrammeImageList,
} from '../programme-images.contract.ts';

const base = (programmeId: string) => `/api/programmes/${programmeId}/images`;

export function programmeImagesQuery(programmeId: string) {
  return queryOptions({
    queryKey: ['programme-images', programmeId],
    queryFn: ({ signal }) => apiFetch<ProgrammeImageList>(base(programmeId), { signal }),
  });
}

export function uploadImage(programmeId: string, upload: ImageUpload) {
  return apiFetch<ProgrammeImage>(base(programmeId), { method: 'POST', body: upload });
}

export function describeImage(programmeId: string, imageId: string, description: ImageDescription) {
  return apiFetch<ProgrammeImage>(`${base(programmeId)}/${imageId}`, { method: 'PUT', body: description });
}

export function removeImage(programmeId: string, imageId: string) {
  return apiFetch<void>(`${base(programmeId)}/${imageId}`, { method: 'DELETE' });
}

export function orderImages(programmeId: string, ids: string[]) {
  return apiFetch<ProgrammeImageList>(`${base(programmeId)}/order`, { method: 'PUT', body: { ids } });
}
