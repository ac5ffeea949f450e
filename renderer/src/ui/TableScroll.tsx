import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n';

/**
 * A table's horizontal scroll area. When its table is wider than the screen, the area joins the
 * Tab order (a keyboard user can scroll it with the arrow keys) and is named after the table's
 * caption or its section's heading, so a screen reader says what it is.
 */
export function TableScroll({ children, label }: { children: ReactNode; label?: string }) {
  const area = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  const [name, setName] = useState(label);
  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (!label) {
      const caption = element.querySelector('caption')?.textContent?.trim();
      const heading = element.closest('section, article, main')?.querySelector('h1, h2, h3, h4')?.textContent?.trim();
      setName(caption || heading || undefined);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, [label]);
  return (
    <div
      ref={area}
      className="table-scroll"
      {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-label': name ? t('layout.tableScroll', { name }) : t('layout.tableScrollUnnamed') } : {})}
    >
      {children}
    </div>
  );
}
