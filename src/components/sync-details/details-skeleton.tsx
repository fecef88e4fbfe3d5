/** Placeholder lines in the shape of the summary, so the panel does not jump when data arrives. */
export function DetailsSkeleton({ label }: { label: string }) {
  return (
    <div className="sh-sync-details__skeleton" role="status" aria-label={label}>
      {[60, 90, 75, 85, 50, 70].map((width, index) => (
        <span key={index} className="sh-skeleton" style={{ width: `${width}%` }} />
      ))}
    </div>
  );
}
