// The month grid shows an .ics link on every event: its icon is drawn once per page as a symbol
// and used by reference, rather than a whole icon (and its path data in the page's payload) each.

const SYMBOL = "calendar-ics-icon";

/** Rendered once on a page that uses IcsIcon. */
export function IcsIconSymbol() {
  return (
    <svg aria-hidden="true" width="0" height="0" className="absolute">
      <symbol id={SYMBOL} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M16 18h6M16 2v3M19 15v6M21 11.5V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h8.3M3 9h18M8 2v3" />
      </symbol>
    </svg>
  );
}

export function IcsIcon({ size }: { size: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size}>
      <use href={`#${SYMBOL}`} />
    </svg>
  );
}
