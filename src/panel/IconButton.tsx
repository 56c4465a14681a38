import type { ReactNode } from 'react';

interface IconButtonProps {
  readonly id?: string;
  /** What the button does: its accessible name and its tooltip, as the glyph says nothing. */
  readonly label: string;
  readonly disabled?: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
}

/** A one-glyph button (×, ▲, ▼), named for screen readers and hover alike. */
export function IconButton({ id, label, disabled, onClick, children }: IconButtonProps) {
  return (
    <button
      id={id}
      type="button"
      className="icon-button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
