// The header's note of every acting appointment the user holds now: "รักษาราชการแทน <name> (ระดับ N) ถึง <date>".
import { useTranslation } from 'react-i18next';
import { formatThaiDateTime } from '@bmrts/shared';
import type { ActingCapacity } from '@bmrts/shared';
import { useLang } from '../lib/use-lang';

/** `acting` may be missing from an older server's session reply. */
export function ActingNote({ acting }: { acting: readonly ActingCapacity[] | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!acting || acting.length === 0) return null;
  return (
    <>
      {acting.map((a) => {
        const until = formatThaiDateTime(a.endsAt, lang);
        return (
          <span key={a.appointmentId} className="user-acting" data-testid="acting-note">
            {a.forUser
              ? t('user.acting', { name: a.forUser.displayName, level: a.level, until })
              : t('user.actingLevel', { level: a.level, until })}
          </span>
        );
      })}
    </>
  );
}
