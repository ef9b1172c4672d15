// The user list: name, username, level, placement, portfolio size, status and an edit button. On a phone each row
// folds to the name, one short line (username · level · unit) and the edit button (users-list.css): a few screens of
// users, not a tall card of every column each.
import { useTranslation } from 'react-i18next';
import { LEVEL_TITLES, holdsPortfolio, isLevel } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import type { AdminUnit, AdminUser, Organisation } from '../api/types';
import { sectionsOf } from './placement';
import './users-list.css';

interface Props {
  users: readonly AdminUser[];
  units: readonly AdminUnit[];
  org: Organisation | undefined;
  onEdit: (user: AdminUser) => void;
  /** The user whose editing panel is open, marked in the list. */
  openId: string | null;
}

export function UsersTable({ users, units, org, onEdit, openId }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const sections = sectionsOf(org);
  function placement(user: AdminUser): string {
    if (user.unitCode) {
      const unit = units.find((u) => u.code === user.unitCode);
      return unit ? `${unit.code} ${lang === 'th' ? unit.nameTh : unit.nameEn}` : user.unitCode;
    }
    if (user.sectionId) return sections.find((s) => s.id === user.sectionId)?.name[lang] ?? user.sectionId;
    if (user.divisionId) return org?.divisions.find((d) => d.id === user.divisionId)?.name[lang] ?? user.divisionId;
    return t('admin.none');
  }
  return (
    <div className="table-wrap">
      <table className="data-table users-table" data-testid="users-table">
        <caption className="visually-hidden">{t('admin.users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.displayName')}</th>
            <th scope="col">{t('admin.users.username')}</th>
            <th scope="col">{t('admin.users.level')}</th>
            <th scope="col">{t('admin.users.placement')}</th>
            <th scope="col">{t('admin.users.portfolio')}</th>
            <th scope="col">{t('admin.users.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr
              key={user.id}
              data-testid="user-row"
              data-username={user.username}
              className={[user.active ? '' : 'row-inactive', user.id === openId ? 'user-row-open' : ''].join(' ').trim() || undefined}
            >
              <td data-label={t('admin.users.displayName')} className="user-name">
                {user.displayName}
                {/* The phone's one line in place of the columns it hides (display none on the desk, so read once either way). */}
                <span className="user-brief small muted">
                  <span className="mono">{user.username}</span>
                  {user.isAdmin ? ` · ${t('admin.users.adminBadge')}` : ''}
                  {user.level !== null ? ` · ${t('adminUsers.levelShort', { level: user.level })}` : ''}
                  {user.unitCode ? ` · ${user.unitCode}` : ''}
                  {user.active ? '' : ` · ${t('admin.inactive')}`}
                </span>
              </td>
              <td data-label={t('admin.users.username')} className="mono user-detail">
                {user.username}
              </td>
              <td data-label={t('admin.users.level')} className="user-detail">
                <span>
                  {user.isAdmin ? <span className="badge">{t('admin.users.adminBadge')}</span> : null}
                  {user.level !== null && isLevel(user.level) ? (
                    <span className="small">{t('user.levelTitle', { level: user.level, title: LEVEL_TITLES[user.level][lang] })}</span>
                  ) : null}
                </span>
              </td>
              <td data-label={t('admin.users.placement')} className="small user-detail">
                {placement(user)}
              </td>
              <td data-label={t('admin.users.portfolio')} className="small user-detail">
                {holdsPortfolio(user.level) ? t('admin.users.portfolioCount', { n: user.portfolio.length }) : t('admin.none')}
              </td>
              <td data-label={t('admin.users.status')} className="user-detail">
                <span className={user.active ? 'badge badge-approved' : 'badge badge-withdrawn'}>
                  {user.active ? t('admin.active') : t('admin.inactive')}
                </span>
              </td>
              <td data-label={t('admin.actions')} className="user-actions">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onEdit(user)}
                  data-testid={`edit-user-${user.username}`}
                  aria-label={t('admin.users.editOf', { name: user.displayName })}
                >
                  {t('admin.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
