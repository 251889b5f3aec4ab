import './PageTabs.css';

/**
 * The parts of one screen as links (what to print, which ceremony paper, which entry grid): the
 * current one marked for the eye and for a screen reader; left off a printout.
 */
export function PageTabs(props: {
  label: string;
  tabs: ReadonlyArray<{ key: string; href: string; label: string }>;
  current: string;
}) {
  return (
    <nav className="page-tabs no-print" aria-label={props.label}>
      {props.tabs.map((tab) => (
        <a
          key={tab.key}
          href={tab.href}
          className={tab.key === props.current ? 'active' : undefined}
          aria-current={tab.key === props.current ? 'page' : undefined}
        >
          {tab.label}
        </a>
      ))}
    </nav>
  );
}
