/** The block's icon: a chat bubble in Intercom's blue. Decorative; the text beside it names the block. */
export function IntercomIcon({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1f5fe0" />
      <path
        d="M9 9.5h14a1.5 1.5 0 0 1 1.5 1.5v9a1.5 1.5 0 0 1-1.5 1.5h-3.2l3.2 3.5-6.5-3.5H9A1.5 1.5 0 0 1 7.5 20v-9A1.5 1.5 0 0 1 9 9.5Z"
        fill="#fff"
      />
      <path d="M11 13.5v4M14 12.5v6M18 12.5v6M21 13.5v4" stroke="#1f5fe0" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
