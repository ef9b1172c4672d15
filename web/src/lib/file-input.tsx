// One file chosen, its name shown (or "ยังไม่ได้เลือกไฟล์"): the app's file picker (file-picker.tsx) for a single file.
import { useTranslation } from 'react-i18next';
import { FilePicker } from './file-picker';

export interface FileInputProps {
  /** The input's id, for the <label htmlFor> that names the field. */
  id: string;
  /** The file chosen so far (the parent keeps it), or null. */
  file: File | null;
  onChange: (file: File | null) => void;
  accept?: string | undefined;
  /** Ids of hint texts; the chosen name is added. */
  'aria-describedby'?: string | undefined;
  disabled?: boolean | undefined;
  testId?: string | undefined;
}

export function FileInput({ file, onChange, ...rest }: FileInputProps) {
  const { t } = useTranslation();
  return (
    <FilePicker
      {...rest}
      multiple={false}
      clearAfterPick={false}
      onPick={(files) => onChange(files[0] ?? null)}
      status={{ text: file ? file.name : t('fileInput.none'), chosen: file !== null }}
    />
  );
}
