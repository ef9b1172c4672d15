// Attachments of a request: kept in the database, typed by their own bytes and named to match, removed only softly.
import { NotFound } from '@bmrts/shared';
import type { AppDeps, Caller } from '../../deps';
import { loadVisibleRequest } from '../service';
import { assertMayAttach, assertMayRemove } from './may-attach';
import { findLiveAttachment } from './queries';
import { attachmentRow, checkFile } from './checked-file';

export interface StoredUpload {
  id: string;
  /** The name it was sent under, when it was renamed for the kind its bytes are. */
  renamedFrom: string | null;
}

/** Stores the file. Visibility, then permission, then size, then name and kind: each refusal says the first thing wrong. */
export async function uploadAttachment(deps: AppDeps, caller: Caller, requestId: string, file: File): Promise<StoredUpload> {
  const row = await loadVisibleRequest(deps.db, caller, requestId);
  assertMayAttach(caller, row);
  const checked = await checkFile(file);
  const id = deps.ids.newId();
  await deps.db
    .insertInto('attachments')
    .values(attachmentRow(deps, caller, requestId, id, checked))
    .execute();
  return { id, renamedFrom: checked.renamedFrom };
}

export async function readAttachment(deps: AppDeps, caller: Caller, requestId: string, attachmentId: string) {
  await loadVisibleRequest(deps.db, caller, requestId);
  const attachment = await findLiveAttachment(deps.db, requestId, attachmentId);
  if (!attachment) throw new NotFound();
  return attachment;
}

/** Marks the attachment removed; the row and its bytes stay, as every step of a request is kept. */
export async function removeAttachment(deps: AppDeps, caller: Caller, requestId: string, attachmentId: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await loadVisibleRequest(trx, caller, requestId);
    const attachment = await findLiveAttachment(trx, requestId, attachmentId);
    if (!attachment) throw new NotFound();
    assertMayRemove(caller, row, attachment.uploaded_by);
    await trx
      .updateTable('attachments')
      .set({ removed_at: deps.clock.now().toISOString(), removed_by: caller.id })
      .where('id', '=', attachmentId)
      .where('removed_at', 'is', null)
      .execute();
  });
}
