// Administration › Users: filter the list (name, unit, level), a page of users at a time with "show more", add a user,
// open one to edit it (one at a time, its panel above the list).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useAdminUnits, useOrganisation } from '../api/units';
import { useAdminUserPages } from '../api/users';
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
  const users = useAdminUserPages(filters);
  const panelRef = useRef<HTMLDivElement>(null);
  const units = useAdminUnits();
  const org = useOrganisation();
  const unitList = units.data?.items ?? [];
  const listed = users.data?.pages.flatMap((p) => p.items) ?? [];
  const editing = listed.find((u) => u.id === editingId) ?? null;

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
      <div ref={panelRef} className="user-panel-anchor">
        {editing ? (
          <EditUserPanel key={editing.id} user={editing} units={unitList} org={org.data} onClose={() => setEditingId(null)} />
        ) : null}
      </div>
      <UserFilters
        value={filters}
        units={unitList}
        onApply={(next) => {
          setFilters(next);
          setEditingId(null);
        }}
      />
      {users.isPending ? <Loading /> : null}
      {users.isError ? <ErrorNotice error={users.error} onRetry={() => void users.refetch()} /> : null}
      {users.data ? (
        <>
          <p className="small muted" data-testid="users-count">
            {t('admin.shown', { n: listed.length })}
          </p>
          {listed.length === 0 ? (
            <p className="empty">{t('admin.empty')}</p>
          ) : (
            <UsersTable
              users={listed}
              units={unitList}
              org={org.data}
              openId={editingId}
              onEdit={(user) => {
                setEditingId(user.id);
                setCreating(false);
                // The panel sits above the filters: bring it into view rather than the top of the page.
                requestAnimationFrame(() => panelRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
              }}
            />
          )}
          {users.hasNextPage ? (
            <div className="button-row">
              <button
                type="button"
                className="button"
                disabled={users.isFetchingNextPage}
                onClick={() => void users.fetchNextPage()}
                data-testid="users-more"
              >
                {users.isFetchingNextPage ? t('list.loadingMore') : t('adminUsers.showMore')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
