/** Loading state while Monaco's chunk arrives, announced to screen readers. */
export function JsonEditorLoading() {
  return (
    <div className="wb-json-loading" role="status" aria-live="polite">
      Loading the JSON editor…
    </div>
  );
}
