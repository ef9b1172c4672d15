// The request form's state, checked with requestContentSchema on every keystroke; messages shown once a field is touched.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bangkokDate, datedContentIssues, describeIssues, requestContentSchema } from '@bmrts/shared';
import type { RequestContent } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { contentOf } from './form-values';
import type { FormValues } from './form-values';

export function useRequestForm(initial: FormValues) {
  const { t } = useTranslation();
  const lang = useLang();
  const [values, setValues] = useState<FormValues>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);

  const draft = useMemo(() => contentOf(values), [values]);
  const parsed = useMemo(() => requestContentSchema.safeParse(draft.content), [draft]);
  // The rules that need today: the server checks them by its clock; the form says the same by the browser's, sooner.
  const dated = useMemo(() => datedContentIssues(draft.content, bangkokDate(new Date())), [draft]);

  const errors = useMemo(() => {
    const byPath: Record<string, string> = {};
    for (const path of draft.invalidMoney) byPath[path] = t('form.amountInvalid');
    const issues = [...(parsed.success ? [] : parsed.error.issues), ...dated];
    for (const issue of describeIssues(issues, lang)) {
      const path = issue.path.join('.');
      byPath[path] ??= issue.message;
    }
    return byPath;
  }, [draft, parsed, dated, lang, t]);

  function touch(path: string) {
    setTouched((prev) => (prev.has(path) ? prev : new Set(prev).add(path)));
  }

  return {
    values,
    content: draft.content,
    errors,
    errorCount: Object.keys(errors).length,
    /** True once the user tried to save with errors: every message is on show. */
    revealed: showAll,
    /** The message for a field, once the user has been there or tried to save. */
    errorAt: (path: string): string | undefined => (showAll || touched.has(path) ? errors[path] : undefined),
    touch,
    update(patch: Partial<FormValues>, path?: string) {
      setValues((prev) => ({ ...prev, ...patch }));
      if (path) touch(path);
    },
    /** The checked content ready to send, or null after revealing every message. */
    validContent(): RequestContent | null {
      if (draft.invalidMoney.length === 0 && dated.length === 0 && parsed.success) return parsed.data;
      setShowAll(true);
      return null;
    },
  };
}

export type RequestFormState = ReturnType<typeof useRequestForm>;
