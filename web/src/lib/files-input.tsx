// Several files chosen at once, their count shown: the app's file picker (file-picker.tsx) for a list the parent keeps
// (with its own remove buttons). The input is emptied after each pick, so a file taken off can be chosen again.
import { useTranslation } from 'react-i18next';
import { FilePicker } from './file-picker';

export interface FilesInputProps {
  /** The input's id, for the <label htmlFor> that names the field. */
  id: string;
  /** How many files the parent holds now, said beside the button. */
  chosenCount: number;
  onAdd: (files: File[]) => void;
  accept?: string | undefined;
  /** Ids of hint texts; the count is added. */
  'aria-describedby'?: string | undefined;
  disabled?: boolean | undefined;
  testId?: string | undefined;
}

export function FilesInput({ chosenCount, onAdd, ...rest }: FilesInputProps) {
  const { t } = useTranslation();
  return (
    <FilePicker
      {...rest}
      multiple
      clearAfterPick
      onPick={(files) => {
        if (files.length > 0) onAdd(files);
      }}
      status={{
        text: chosenCount > 0 ? t('attachOnCreate.chosen', { count: chosenCount }) : t('attachOnCreate.none'),
        chosen: chosenCount > 0,
      }}
    />
  );
}
