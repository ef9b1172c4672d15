// The documents chosen in the create form, each checked the moment it is chosen by the same shared rule the server
// keeps a file by (assertAttachmentSize, then classifyAttachment on its bytes), so a refusal shows beside the file
// before anything is sent, and a file the form lets through is one the server keeps.
import { useCallback, useRef, useState } from 'react';
import { AttachmentRefused, MAX_ATTACHMENTS_ON_CREATE, assertAttachmentSize, classifyAttachment } from '@bmrts/shared';
import type { AttachmentRefusalCode } from '@bmrts/shared';

export type FileCheck =
  { state: 'checking' } | { state: 'ready'; renamedTo: string | null } | { state: 'refused'; reason: AttachmentRefusalCode | 'unreadable' };

export interface ChosenFile {
  key: number;
  file: File;
  check: FileCheck;
}

/** Checks one file as the server will; a file it would refuse says why. */
export async function checkChosenFile(file: File): Promise<FileCheck> {
  try {
    assertAttachmentSize(file.size);
    const classified = classifyAttachment(file.name, new Uint8Array(await file.arrayBuffer()));
    return { state: 'ready', renamedTo: classified.renamedFrom === null ? null : classified.fileName };
  } catch (error) {
    if (error instanceof AttachmentRefused) return { state: 'refused', reason: error.refusal };
    throw error;
  }
}

export interface ChosenFiles {
  files: readonly ChosenFile[];
  /** Adds files up to the limit; false when some were left out for it. */
  add: (files: readonly File[]) => boolean;
  remove: (key: number) => void;
  /** What keeps the draft from being saved with these files now, or null. */
  blocker: 'refused' | 'checking' | null;
}

export function useChosenFiles(): ChosenFiles {
  const [files, setFiles] = useState<readonly ChosenFile[]>([]);
  const nextKey = useRef(0);
  const count = useRef(0);

  const add = useCallback((added: readonly File[]) => {
    const room = Math.max(0, MAX_ATTACHMENTS_ON_CREATE - count.current);
    const taken = added.slice(0, room).map((file) => ({ key: (nextKey.current += 1), file, check: { state: 'checking' } as FileCheck }));
    count.current += taken.length;
    setFiles((list) => [...list, ...taken]);
    for (const chosen of taken) {
      void checkChosenFile(chosen.file).then(
        (check) => setFiles((list) => list.map((f) => (f.key === chosen.key ? { ...f, check } : f))),
        // A file that cannot even be read (moved or deleted since it was chosen) is one the server would not get either.
        () => setFiles((list) => list.map((f) => (f.key === chosen.key ? { ...f, check: { state: 'refused', reason: 'unreadable' } } : f))),
      );
    }
    return taken.length === added.length;
  }, []);

  const remove = useCallback((key: number) => {
    setFiles((list) => {
      const kept = list.filter((f) => f.key !== key);
      count.current = kept.length;
      return kept;
    });
  }, []);

  const blocker = files.some((f) => f.check.state === 'refused')
    ? 'refused'
    : files.some((f) => f.check.state === 'checking')
      ? 'checking'
      : null;
  return { files, add, remove, blocker };
}
