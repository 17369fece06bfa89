import type { ReactNode } from "react"

export default function EmptyState({
  title,
  hint,
  children,
}: {
  title: string
  hint?: string
  children?: ReactNode
}) {
  return (
    <div
      data-testid="empty-state"
      className="flex flex-col items-center rounded-lg border border-dashed border-gray-300 bg-white px-6 py-14 text-center"
    >
      <p className="text-lg font-medium text-gray-800">{title}</p>
      {hint && <p className="mt-2 max-w-md text-sm text-gray-500">{hint}</p>}
      {children && <div className="mt-6">{children}</div>}
    </div>
  )
}
