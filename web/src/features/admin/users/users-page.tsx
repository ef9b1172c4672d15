// Administration › Users: filter the list, add a user, open one to edit it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useAdminUnits, useOrganisation } from '../api/units';
import { useAdminUsers } from '../api/users';
import type { UserListQuery } from '../api/types';
import { SavedNotice } from '../components/form-problem';
import { CreateUserForm } from './create-user-form';
import { EditUserPanel } from './edit-user-panel';
import { UserFilters } from './user-filters';
import { UsersTable } from './users-table';

export function UsersPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<UserListQuery>({});
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const users = useAdminUsers(filters);
  const units = useAdminUnits();
  const org = useOrganisation();
  const unitList = units.data?.items ?? [];
  const editing = users.data?.items.find((u) => u.id === editingId) ?? null;

  return (
    <section aria-labelledby="admin-users-title">
      <div className="page-head">
        <div>
          <h1 id="admin-users-title">{t('admin.sections.users')}</h1>
          <p className="muted">{t('admin.users.intro')}</p>
        </div>
        <div className="page-head-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setCreating(true);
              setCreated(null);
              setEditingId(null);
            }}
            data-testid="create-user"
          >
            {t('admin.users.create')}
          </button>
        </div>
      </div>
      {created ? <SavedNotice text={t('admin.users.created', { name: created })} /> : null}
      {creating ? (
        <CreateUserForm
          units={unitList}
          org={org.data}
          onCancel={() => setCreating(false)}
          onCreated={(name) => {
            setCreating(false);
            setCreated(name);
          }}
        />
      ) : null}
      {editing ? (
        <EditUserPanel key={editing.id} user={editing} units={unitList} org={org.data} onClose={() => setEditingId(null)} />
      ) : null}
      <UserFilters value={filters} onApply={setFilters} />
      {users.isPending ? <Loading /> : null}
      {users.isError ? <ErrorNotice error={users.error} onRetry={() => void users.refetch()} /> : null}
      {users.data ? (
        <>
          <p className="small muted" data-testid="users-count">
            {t('admin.shown', { n: users.data.items.length })}
          </p>
          {users.data.items.length === 0 ? (
            <p className="empty">{t('admin.empty')}</p>
          ) : (
            <UsersTable
              users={users.data.items}
              units={unitList}
              org={org.data}
              onEdit={(user) => {
                setEditingId(user.id);
                setCreating(false);
                window.scrollTo({ top: 0, behavior: 'smooth' });
              }}
            />
          )}
        </>
      ) : null}
    </section>
  );
}
