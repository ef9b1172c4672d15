// The spreadsheet import: a dry run of a file with a mapping, then the import of the same file and mapping.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportMapping } from '@bmrts/shared';
import { call, client } from '../../../lib/api-client';

const imports = client.api.admin.imports;

export interface ImportUpload {
  file: File;
  /** Left out on the first reading, so the server proposes one (or uses the one saved last time). */
  mapping?: ImportMapping;
}

const form = ({ file, mapping }: ImportUpload) => ({ file, ...(mapping ? { mapping: JSON.stringify(mapping) } : {}) });

export function usePreviewImport() {
  return useMutation({ mutationFn: (upload: ImportUpload) => call(imports.preview.$post({ form: form(upload) })) });
}

export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: ImportUpload) => call(imports.$post({ form: form(upload) })),
    // Every list of requests may now hold the imported ones.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
