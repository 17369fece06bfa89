// Always mounted so screen readers announce the message when it appears.
export default function FormNotice({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" data-testid="form-notice">
      {message && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">{message}</p>
      )}
    </div>
  )
}
