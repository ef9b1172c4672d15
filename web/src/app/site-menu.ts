// The phone header's menu: open and shut by one button, shut by Escape (focus back on the button), by a tap outside
// by choosing a link and by moving to another page; opening puts the focus on its first link. At a desk the menu is always shown (CSS).
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

export function useSiteMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();

  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('a[href], button')?.focus();
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    }
    function onPointer(event: PointerEvent) {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (menu.current?.contains(target) || button.current?.contains(target)) return;
      setOpen(false);
    }
    // A link chosen in the menu shuts it at once, before the next page (perhaps still loading) replaces this one.
    function onChoose(event: MouseEvent) {
      if (event.target instanceof Element && event.target.closest('a[href]')) setOpen(false);
    }
    const shown = menu.current;
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    shown?.addEventListener('click', onChoose);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      shown?.removeEventListener('click', onChoose);
    };
  }, [open]);

  return { open, toggle: () => setOpen((o) => !o), button, menu };
}
