export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="my-4">
      <span className="spinner-border spinner-border-sm me-2" aria-hidden="true" />
      {label}
    </p>
  );
}
