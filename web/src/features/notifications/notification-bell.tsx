// The header's bell: the unread count (announced politely), and a panel of notifications that link to their requests.
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatThaiDateTime } from '@bmrts/shared';
import type { Notification } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useLang } from '../../lib/use-lang';
import { useMarkRead, useNotifications } from './api';
import { notificationText } from './notification-text';

export function NotificationBell() {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const list = useNotifications();
  const markRead = useMarkRead();
  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  const items: Notification[] = list.data?.pages.flatMap((page) => page.items) ?? [];

  useEffect(() => {
    if (!open) return;
    function onPointer(event: PointerEvent) {
      if (root.current && event.target instanceof Node && !root.current.contains(event.target)) setOpen(false);
    }
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setOpen(false);
        bell.current?.focus();
      }
    }
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  function opened(n: Notification) {
    setOpen(false);
    if (n.readAt === null) markRead.mutate({ ids: [n.id] });
  }

  return (
    <div className="bell" ref={root}>
      <button
        ref={bell}
        type="button"
        className="button button-ghost button-small bell-button"
        data-testid="notification-bell"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="currentColor">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {/* The name read out is "การแจ้งเตือน ยังไม่ได้อ่าน 3": the visible count ends it. */}
        <span className="visually-hidden">
          {t('notifications.bell')} {t('notifications.unread')}
        </span>
        <span className={unread > 0 ? 'bell-count' : 'bell-count bell-count-zero'} data-testid="notification-count" aria-live="polite">
          {unread > 99 ? '99+' : unread}
        </span>
      </button>
      <div id={panelId} className="bell-panel" hidden={!open} data-testid="notification-panel">
        <div className="bell-panel-head">
          <h2 className="bell-title">{t('notifications.title')}</h2>
          <div className="row-actions">
            <button
              type="button"
              className="button button-small"
              disabled={unread === 0 || markRead.isPending}
              onClick={() => markRead.mutate({ all: true })}
              data-testid="notification-read-all"
            >
              {t('notifications.readAll')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setOpen(false);
                bell.current?.focus();
              }}
            >
              {t('notifications.close')}
            </button>
          </div>
        </div>
        {list.isPending ? <Loading /> : null}
        {list.isError ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && items.length === 0 ? <p className="muted small">{t('notifications.empty')}</p> : null}
        {items.length > 0 ? (
          <ul className="bell-list">
            {items.map((n) => (
              <li key={n.id} className={n.readAt === null ? 'bell-item bell-item-unread' : 'bell-item'}>
                <Link
                  to={`/requests/${n.request.id}`}
                  onClick={() => opened(n)}
                  data-testid="notification-item"
                  data-read={n.readAt !== null}
                >
                  <span className="bell-text">
                    {n.readAt === null ? <span className="visually-hidden">{t('notifications.unread')}: </span> : null}
                    {notificationText(t, n, lang)}
                  </span>
                  <span className="bell-meta">
                    <span className="mono">{n.request.trackingNo}</span> {n.request.title}
                  </span>
                  <time className="bell-meta" dateTime={n.createdAt}>
                    {formatThaiDateTime(n.createdAt, lang)}
                  </time>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {list.hasNextPage ? (
          <button
            type="button"
            className="button button-small button-block"
            onClick={() => void list.fetchNextPage()}
            disabled={list.isFetchingNextPage}
          >
            {t('notifications.loadMore')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
