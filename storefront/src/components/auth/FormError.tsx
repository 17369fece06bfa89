// An alert, not a status: a refused sign-in or submission needs attention now.
export default function FormError({ message, testId = "form-error" }: { message?: string | null; testId?: string }) {
  return (
    <div role="alert" aria-live="assertive" data-testid={testId}>
      {message && (
        <p className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">{message}</p>
      )}
    </div>
  )
}
