/** The reviewer's words (a request, a reason), quoted as written. */
export default function ReviewNote({ label, note }: { label: string; note: string }) {
  return (
    <div data-testid="review-note" className="rounded-lg border-l-4 border-current bg-white/70 px-4 py-3">
      <p className="text-xs font-semibold uppercase tracking-wide opacity-80">{label}</p>
      <p className="mt-1 whitespace-pre-line break-words text-sm text-gray-900">{note}</p>
    </div>
  )
}
