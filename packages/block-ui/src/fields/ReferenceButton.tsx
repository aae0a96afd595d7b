import { memo } from 'react';

export interface ReferenceButtonProps {
  fieldLabel: string;
  expanded: boolean;
  onClick: () => void;
  disabled?: boolean;
}

/** The button beside a field that opens the reference picker. */
export const ReferenceButton = memo(function ReferenceButton({ fieldLabel, expanded, onClick, disabled }: ReferenceButtonProps) {
  return (
    <button
      type="button"
      className="wb-button"
      data-variant="icon"
      aria-label={`Insert a reference into ${fieldLabel}`}
      title="Insert a reference to an earlier step's output"
      aria-haspopup="listbox"
      aria-expanded={expanded}
      disabled={disabled}
      onClick={onClick}
    >
      {'<>'}
    </button>
  );
});
