// A request's attachments: upload (multipart `file`), remove, and the address a download link points at.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call, client } from '../../lib/api-client';
import { requestKey } from './api';

const attachments = client.api.requests[':id'].attachments;

/** Same-origin, so the session cookie goes with a plain link and the browser saves the file as the server names it. */
export function attachmentHref(requestId: string, attachmentId: string): string {
  return `/api/requests/${encodeURIComponent(requestId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

export function useUploadAttachment(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => call(attachments.$post({ param: { id: requestId }, form: { file } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestKey(requestId) }),
  });
}

export function useRemoveAttachment(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => call(attachments[':attachmentId'].$delete({ param: { id: requestId, attachmentId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestKey(requestId) }),
  });
}
